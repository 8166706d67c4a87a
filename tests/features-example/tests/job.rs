//! The job runs against a local server, with only three API features compiled.

use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// Answers one request per connection, in order, with the given JSON bodies; returns the
/// request lines it received.
async fn serve(bodies: Vec<&'static str>) -> (String, tokio::task::JoinHandle<Vec<String>>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        let mut lines = Vec::new();
        for body in bodies {
            let (mut socket, _) = listener.accept().await.unwrap();
            let mut buf = vec![0u8; 8192];
            let n = socket.read(&mut buf).await.unwrap();
            let request = String::from_utf8_lossy(&buf[..n]).into_owned();
            lines.push(request.lines().next().unwrap_or_default().to_string());
            let response = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\
                 content-length: {}\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(response.as_bytes()).await.unwrap();
        }
        lines
    });
    (url, server)
}

#[tokio::test]
async fn the_three_apis_are_called_and_decoded() {
    let (url, server) = serve(vec![
        r#"{"token":"jwt"}"#,
        r#"{"success":true}"#,
        r#"{"data":[],"nextToken":"page-2"}"#,
    ])
    .await;
    let client = togai_client::Client::builder()
        .base_url(url)
        .bearer_token("tok")
        .build()
        .unwrap();
    let outcome = features_example::run(&client, "c1").await.unwrap();
    assert_eq!(outcome.token.token, "jwt");
    assert!(outcome.deleted.success);
    assert!(outcome.licenses.data.is_empty());
    assert_eq!(outcome.licenses.next_token.as_deref(), Some("page-2"));
    assert_eq!(
        server.await.unwrap(),
        [
            "POST /authenticate HTTP/1.1",
            "DELETE /customers/c1 HTTP/1.1",
            "GET /license_updates HTTP/1.1",
        ]
    );
}
