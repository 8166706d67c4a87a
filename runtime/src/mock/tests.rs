use super::*;

static ROUTES: &[Route] = &[
    Route {
        id: "getThing",
        method: "GET",
        path: "/things/{id}",
        decode: decode::<Thing>,
    },
    Route {
        id: "countThings",
        method: "GET",
        path: "/things/count",
        decode: decode::<Thing>,
    },
];

#[derive(Clone, Debug, PartialEq)]
struct Thing {
    id: Option<String>,
    limit: Option<i32>,
}

impl RequestView for Thing {
    fn decode(request: &Request) -> Result<Self, String> {
        Ok(Thing {
            id: request.path("id").ok(),
            limit: request.query("limit")?,
        })
    }
}

fn request(url: &str) -> reqwest::Request {
    reqwest::Request::new(reqwest::Method::GET, url.parse().unwrap())
}

fn server() -> MockServer {
    let server = MockServer::new();
    server.add_routes(ROUTES);
    server
}

#[test]
fn routes_prefer_literal_segments_and_decode_parameters() {
    let routes: Vec<&'static Route> = ROUTES.iter().collect();
    let (route, params) = route(&routes, "GET", "/things/count").unwrap();
    assert_eq!(route.id, "countThings");
    assert!(params.is_empty());
    let (route, params) = super::route(&routes, "GET", "/things/a%20b").unwrap();
    assert_eq!(route.id, "getThing");
    assert_eq!(params, [("id", "a b".to_string())]);
    assert!(super::route(&routes, "GET", "/things/").is_none());
    assert!(super::route(&routes, "POST", "/things/x").is_none());
}

#[test]
fn rules_are_tried_in_order_and_bounded_by_times() {
    let server = server();
    let op = || server.operation::<Thing, u32>("getThing", |v| Reply::json(200, v));
    op().fails(429, "slow down").times(1);
    op().when(|t| t.limit == Some(5)).returns(5);
    op().returns(1);
    let status = |url| server.answer(request(url)).unwrap().status().as_u16();
    assert_eq!(status("http://mock.invalid/things/a?limit=5"), 429);
    assert_eq!(status("http://mock.invalid/things/a?limit=5"), 200);
    assert_eq!(op().calls(), 2);
    let views = op().requests();
    assert_eq!(
        views[1],
        Thing {
            id: Some("a".into()),
            limit: Some(5)
        }
    );
    server.verify();
}

#[test]
fn an_unmatched_request_names_the_operation_and_its_rules() {
    let server = server();
    let op = server.operation::<Thing, u32>("getThing", |v| Reply::json(200, v));
    op.when(|t| t.limit == Some(1)).returns(1);
    let err = (server.answer(request("http://mock.invalid/things/b?limit=2"))).unwrap_err();
    assert!(
        err.contains("no rule of getThing matches the request GET /things/b"),
        "{err}"
    );
    assert!(err.contains("1. when(..) -> 200"), "{err}");
    let err = server
        .answer(request("http://mock.invalid/other"))
        .unwrap_err();
    assert!(
        err.contains("no operation of the API is `GET /other`"),
        "{err}"
    );
    let err = (server.answer(request("http://mock.invalid/things/b?limit=x"))).unwrap_err();
    assert!(
        err.contains("parameter `limit` = \"x\" does not decode"),
        "{err}"
    );
}

#[test]
#[should_panic(expected = "getThing: any request -> 500")]
fn verify_reports_rules_not_used_up() {
    let server = server();
    let op = server.operation::<Thing, u32>("getThing", |v| Reply::json(200, v));
    op.fails(500, "x").times(2);
    server.verify();
}

#[test]
fn parameters_decode_as_strings_then_as_json() {
    assert_eq!(param::<String>("n", "12").unwrap(), "12");
    assert_eq!(param::<f64>("n", "12").unwrap(), 12.0);
    assert!(param::<bool>("n", "true").unwrap());
    assert_eq!(percent_decode("a%2Fb%zz"), "a/b%zz");
}

#[test]
fn array_parameters_split_only_at_their_style_delimiter() {
    let request = |url: &str| {
        let url: reqwest::Url = url.parse().unwrap();
        Request {
            method: "GET".into(),
            path: url.path().into(),
            params: Vec::new(),
            query: (url
                .query_pairs()
                .map(|(n, v)| (n.into_owned(), v.into_owned())))
            .collect(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
        }
    };
    let exploded = request("http://mock.invalid/x?a=1%2C2&a=3");
    let values: Option<Vec<String>> = exploded.query_array("a", None).unwrap();
    assert_eq!(values.unwrap(), ["1,2", "3"]);
    let one = request("http://mock.invalid/x?a=1%2C2");
    let values: Option<Vec<String>> = one.query_array("a", None).unwrap();
    assert_eq!(values.unwrap(), ["1,2"]);
    let values: Option<Vec<i64>> = one.query_array("a", Some(',')).unwrap();
    assert_eq!(values.unwrap(), [1, 2]);
    let piped = request("http://mock.invalid/x?a=x%7Cy");
    let values: Option<Vec<String>> = piped.query_array("a", Some('|')).unwrap();
    assert_eq!(values.unwrap(), ["x", "y"]);
    assert!(one.query_array::<String>("b", None).unwrap().is_none());
}
