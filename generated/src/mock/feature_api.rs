//! Mocks of the operations of [`FeatureApi`](crate::apis::FeatureApi).

use togai_codegen_runtime as rt;

impl super::Mock {
    /// The operations of [`FeatureApi`](crate::apis::FeatureApi) on this mock.
    pub fn feature(&self) -> FeatureApiMock {
        FeatureApiMock {
            server: self.server.clone(),
        }
    }
}

/// The operations of [`FeatureApi`](crate::apis::FeatureApi) on a [`Mock`](super::Mock): a
/// handle per operation, to set its rules and read its requests.
#[derive(Debug, Clone)]
pub struct FeatureApiMock {
    server: rt::mock::MockServer,
}

impl FeatureApiMock {
    /// Rules and requests of [`FeatureApi::get_features`](crate::apis::FeatureApi::get_features): `GET /features`.
    pub fn get_features(
        &self,
    ) -> rt::mock::MockOperation<GetFeaturesRequest, crate::models::FeaturePaginatedListData> {
        self.server
            .operation("getFeatures", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`FeatureApi::create_feature`](crate::apis::FeatureApi::create_feature): `POST /features`.
    pub fn create_feature(
        &self,
    ) -> rt::mock::MockOperation<CreateFeatureRequest, crate::models::Feature> {
        self.server
            .operation("createFeature", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`FeatureApi::get_feature`](crate::apis::FeatureApi::get_feature): `GET /features/{feature_id}`.
    pub fn get_feature(
        &self,
    ) -> rt::mock::MockOperation<GetFeatureRequest, crate::models::Feature> {
        self.server
            .operation("getFeature", |value| rt::mock::Reply::json(200, value))
    }

    /// Rules and requests of [`FeatureApi::update_feature`](crate::apis::FeatureApi::update_feature): `PATCH /features/{feature_id}`.
    pub fn update_feature(
        &self,
    ) -> rt::mock::MockOperation<UpdateFeatureRequest, crate::models::Feature> {
        self.server
            .operation("updateFeature", |value| rt::mock::Reply::json(200, value))
    }
}

/// The operations the mock routes requests to.
pub(super) static ROUTES: &[rt::mock::Route] = &[
    rt::mock::Route {
        id: "getFeatures",
        method: "GET",
        path: "/features",
        decode: rt::mock::decode::<GetFeaturesRequest>,
    },
    rt::mock::Route {
        id: "createFeature",
        method: "POST",
        path: "/features",
        decode: rt::mock::decode::<CreateFeatureRequest>,
    },
    rt::mock::Route {
        id: "getFeature",
        method: "GET",
        path: "/features/{feature_id}",
        decode: rt::mock::decode::<GetFeatureRequest>,
    },
    rt::mock::Route {
        id: "updateFeature",
        method: "PATCH",
        path: "/features/{feature_id}",
        decode: rt::mock::decode::<UpdateFeatureRequest>,
    },
];

/// The request of [`FeatureApi::get_features`](crate::apis::FeatureApi::get_features) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetFeaturesRequest {
    /// The `nextToken` query parameter.
    pub next_token: Option<String>,
    /// The `pageSize` query parameter.
    pub page_size: Option<f64>,
}

impl rt::mock::RequestView for GetFeaturesRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            next_token: request.query("nextToken")?,
            page_size: request.query("pageSize")?,
        })
    }
}

/// The request of [`FeatureApi::create_feature`](crate::apis::FeatureApi::create_feature) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CreateFeatureRequest {
    /// The request body, as the mock decoded it.
    pub body: crate::models::CreateFeatureRequest,
}

impl rt::mock::RequestView for CreateFeatureRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}

/// The request of [`FeatureApi::get_feature`](crate::apis::FeatureApi::get_feature) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct GetFeatureRequest {
    /// The `feature_id` path parameter.
    pub feature_id: String,
}

impl rt::mock::RequestView for GetFeatureRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            feature_id: request.path("feature_id")?,
        })
    }
}

/// The request of [`FeatureApi::update_feature`](crate::apis::FeatureApi::update_feature) as the
/// mock received it and decoded it back.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct UpdateFeatureRequest {
    /// The `feature_id` path parameter.
    pub feature_id: String,
    /// The request body, as the mock decoded it.
    pub body: crate::models::UpdateFeatureRequest,
}

impl rt::mock::RequestView for UpdateFeatureRequest {
    fn decode(request: &rt::mock::Request) -> Result<Self, String> {
        Ok(Self {
            feature_id: request.path("feature_id")?,
            body: rt::mock::required(request.json(), "body")?,
        })
    }
}
