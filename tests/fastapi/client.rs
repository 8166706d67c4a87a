//! The test program of tests/fastapi.rs: it runs inside the crate generated
//! from the FastAPI app's own OpenAPI 3.1 document (`app.py`), against that
//! app served by uvicorn at `FASTAPI_URL`, and calls every operation through
//! the generated client. FastAPI validates every request with pydantic, so a
//! request that reaches a handler is one the server accepts.

use chrono::TimeZone;
use fastapi_pets::models::*;
use fastapi_pets::{Client, Error, ErrorBody, Nullable};
use futures_util::TryStreamExt;

fn client() -> Client {
    let url = std::env::var("FASTAPI_URL").expect("FASTAPI_URL: run this through tests/fastapi.rs");
    Client::builder().base_url(url).build().expect("client builds")
}

fn card(last4: &str) -> PetInPayment {
    PetInPayment::Card(Card::new(CardKind::Card, last4))
}

/// The 422 body FastAPI sends, with the location of its first error.
fn validation_error<T: std::fmt::Debug>(result: Result<T, Error>) -> (u16, Vec<String>, String) {
    let err = match result {
        Err(Error::Api(err)) => err,
        other => panic!("expected a typed error status, got {other:?}"),
    };
    let Some(ErrorBody::HttpValidationError(body)) = err.body() else {
        panic!("a {} without the validation error body: {:?}", err.status(), err.body());
    };
    let first = body.detail.as_ref().and_then(|d| d.first()).expect("one error at least");
    // Each part is a string or an integer (an untagged union).
    let loc = first
        .loc
        .iter()
        .map(|l| match serde_json::to_value(l).unwrap() {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        })
        .collect();
    (err.status(), loc, first.r#type.clone())
}

#[tokio::test]
async fn every_operation_round_trips() {
    let pets = client().pets();

    // 201, with a header parameter, nested models, Optional fields in their
    // three states, an enum and a discriminated union (required and Optional).
    let mut rex = PetIn::new("Rex", Species::Dog, card("4242"));
    rex.age = Nullable::Value(3);
    rex.tags = Some(vec!["good".into(), "loud".into()]);
    let mut owner = Owner::new("Ann");
    owner.email = Nullable::Null;
    owner.address = Nullable::Value(Address::new("1 Main St", "Oslo"));
    rex.owner = Nullable::Value(owner);
    rex.deposit = Nullable::Value(PetInDeposit::Cash(Cash::new(CashKind::Cash, "EUR")));
    let created = pets.create_pet(rex).x_request_id("req-1").send().await.expect("createPet");
    assert_eq!(created.name, "Rex");
    assert_eq!(created.species, Species::Dog);
    assert_eq!(created.age, Nullable::Value(3));
    assert_eq!(created.tags, Some(vec!["good".to_string(), "loud".to_string()]));
    let owner = created.owner.as_ref().expect("owner");
    assert_eq!(owner.name, "Ann");
    assert!(owner.email.is_null(), "{owner:?}");
    let address = owner.address.as_ref().expect("address");
    assert_eq!((address.street.as_str(), address.city.as_str()), ("1 Main St", "Oslo"));
    // Absent in the request, pydantic's default (None) in the response.
    assert!(address.postcode.is_null(), "{address:?}");
    assert!(matches!(&created.payment, PetPayment::Card(Card { kind: CardKind::Card, last4, .. }) if last4 == "4242"));
    assert!(matches!(&created.deposit, Nullable::Value(PetDeposit::Cash(Cash { currency, .. })) if currency == "EUR"));
    assert_eq!(created.request_id, Nullable::Value("req-1".to_string()));
    assert_eq!(created.created_at, chrono::Utc.with_ymd_and_hms(2024, 1, 2, 3, 4, 5).unwrap());
    let rex_id = created.id;

    let mut tom = PetIn::new("Tom", Species::Cat, PetInPayment::Cash(Cash::new(CashKind::Cash, "NOK")));
    tom.owner = Nullable::Null;
    let tom = pets.create_pet(tom).send().await.expect("createPet, no header");
    assert!(tom.request_id.is_null() && tom.age.is_null() && tom.owner.is_null());
    assert_eq!(tom.tags, Some(vec![]));
    assert!(tom.id > rex_id);

    // A path parameter.
    let got = pets.get_pet(rex_id).send().await.expect("getPet");
    assert_eq!(got, created);

    // A JSON body whose absent fields are unchanged and whose nulls clear.
    let mut patch = PetPatch::default();
    patch.name = Nullable::Value("Max".into());
    patch.age = Nullable::Null;
    let updated = pets.update_pet(rex_id, patch).send().await.expect("updatePet");
    assert_eq!(updated.name, "Max");
    assert!(updated.age.is_null(), "{updated:?}");
    assert_eq!(updated.owner, created.owner, "absent in the patch: unchanged");

    // Query parameters and the cursor, page by page and as a stream.
    let first = pets.list_pets().limit(1).send().await.expect("listPets");
    assert_eq!(first.items.iter().map(|p| p.id).collect::<Vec<_>>(), [rex_id]);
    let cursor = first.cursor.expect("a cursor to the second page");
    let second = pets.list_pets().limit(1).cursor(cursor).send().await.expect("listPets, page 2");
    assert_eq!(second.items.iter().map(|p| p.id).collect::<Vec<_>>(), [tom.id]);
    assert_eq!(second.cursor, None, "the last page");
    let all: Vec<Pet> = pets.list_pets().limit(1).stream().try_collect().await.expect("stream");
    assert_eq!(all.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Max", "Tom"]);
    let cats = pets.list_pets().species(Species::Cat).send().await.expect("listPets by species");
    assert_eq!(cats.items.iter().map(|p| p.id).collect::<Vec<_>>(), [tom.id]);

    // 204, then the pet is gone: a 404 with its error model.
    let () = pets.delete_pet(tom.id).send().await.expect("deletePet");
    match pets.get_pet(tom.id).send().await {
        Err(Error::Api(err)) => {
            assert_eq!(err.status(), 404);
            match err.body() {
                Some(ErrorBody::NotFound(body)) => {
                    assert_eq!(body.pet_id, tom.id);
                    assert_eq!(body.message, format!("no pet {}", tom.id));
                }
                other => panic!("{other:?}"),
            }
        }
        other => panic!("expected a 404, got {other:?}"),
    }
    let remaining = pets.list_pets().send().await.expect("listPets");
    assert_eq!(remaining.items.iter().map(|p| p.id).collect::<Vec<_>>(), [rex_id]);
}

#[tokio::test]
async fn requests_the_server_rejects_are_typed_validation_errors() {
    let pets = client().pets();
    // The client does not check constraints; FastAPI does.
    let (status, loc, kind) = validation_error(pets.create_pet(PetIn::new(String::new(), Species::Bird, card("4242"))).send().await);
    assert_eq!((status, loc, kind.as_str()), (422, vec!["body".to_string(), "name".to_string()], "string_too_short"));
    let (status, loc, _) = validation_error(pets.create_pet(PetIn::new("Tweety", Species::Bird, card("42"))).send().await);
    assert_eq!((status, loc.as_slice()), (422, &["body", "payment", "card", "last4"].map(String::from)[..]));
    let (status, loc, _) = validation_error(pets.list_pets().limit(0).send().await);
    assert_eq!((status, loc), (422, vec!["query".to_string(), "limit".to_string()]));
    let (status, loc, _) = validation_error(pets.get_pet(0).send().await);
    assert_eq!((status, loc), (422, vec!["path".to_string(), "pet_id".to_string()]));
    // An unknown id is the app's own 404 body.
    let Err(Error::Api(err)) = pets.delete_pet(999_999).send().await else {
        panic!("deleting an unknown pet succeeded");
    };
    assert!(matches!(err.body(), Some(ErrorBody::NotFound(NotFound { pet_id: 999_999, .. }))), "{:?}", err.body());
}
