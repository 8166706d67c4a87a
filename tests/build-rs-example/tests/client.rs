//! The module generated from build.rs works like the checked-in crate.

use build_rs_example::togai;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn the_included_client_calls_a_local_server() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut buf = vec![0u8; 8192];
        let n = socket.read(&mut buf).await.unwrap();
        let body = r#"{"token":"jwt"}"#;
        let resp = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            body.len()
        );
        socket.write_all(resp.as_bytes()).await.unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    });
    let client = togai::Client::builder()
        .base_url(url)
        .bearer_token("tok")
        .build()
        .unwrap();
    let token: togai::models::TokenResponse =
        client.authentication().authenticate().send().await.unwrap();
    let request = server.await.unwrap();
    assert!(request.starts_with("POST /authenticate "), "{request}");
    assert!(
        request
            .to_ascii_lowercase()
            .contains("authorization: bearer tok"),
        "{request}"
    );
    assert_eq!(token.token, "jwt");
}

#[test]
fn servers_and_models_are_there() {
    assert_eq!(togai::SERVERS.len(), 2);
    // Models are built with `new` and the `with_` setters, as from the crate.
    let address = togai::models::Address::new().with_city("Pune");
    assert_eq!(address.city.as_deref(), Some("Pune"));
    assert_eq!(address.country, None);
    let attribute = togai::models::Attribute::new("calls", "3").with_unit("count");
    assert_eq!(
        togai_codegen_runtime::serde_json::to_value(&attribute).unwrap(),
        togai_codegen_runtime::serde_json::json!({ "name": "calls", "value": "3", "unit": "count" })
    );
}
