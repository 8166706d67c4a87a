//! Blocking calls (feature `blocking`): the same futures as the async API, driven on a runtime
//! the client owns, so there is one request surface. Generated request builders get their
//! `send_blocking` and `send_with_response_blocking` methods from `blocking_methods!`, which
//! expands to nothing without the feature.

/// The `send_blocking` and `send_with_response_blocking` methods of a request builder whose
/// `send` resolves to `$ret` with error `$err`: one invocation in each generated builder. They
/// exist only with this crate's feature `blocking` (which a generated crate's own `blocking`
/// feature turns on); without it the macro expands to nothing.
#[cfg(feature = "blocking")]
#[macro_export]
#[doc(hidden)]
macro_rules! blocking_methods {
    ($ret:ty, $err:ty) => {
        /// Sends the request and waits for the decoded body, blocking this thread (feature
        /// `blocking`): [`send`](Self::send), driven on a runtime the client starts for its
        /// blocking calls. Called inside an async runtime, it fails with `Error::Config`
        /// rather than block that runtime: use `send().await` there.
        pub fn send_blocking(self) -> ::std::result::Result<$ret, $err> {
            self.send().wait()
        }

        /// Sends the request and waits for the decoded body with the status and headers,
        /// blocking this thread (feature `blocking`): see
        /// [`send_blocking`](Self::send_blocking).
        pub fn send_with_response_blocking(
            self,
        ) -> ::std::result::Result<$crate::Response<$ret>, $err> {
            self.send_with_response().wait()
        }
    };
}

/// Without the feature `blocking`: no methods.
#[cfg(not(feature = "blocking"))]
#[macro_export]
#[doc(hidden)]
macro_rules! blocking_methods {
    ($ret:ty, $err:ty) => {};
}

#[cfg(feature = "blocking")]
pub(crate) use runtime::BlockingRuntime;

#[cfg(feature = "blocking")]
mod runtime {
    use std::future::Future;
    use std::sync::OnceLock;

    use crate::client::Client;
    use crate::error::{config, Error};

    /// The runtime of a client's blocking calls, started by the first one: one worker thread,
    /// which also keeps the connections of the pool going between calls.
    #[derive(Default)]
    pub(crate) struct BlockingRuntime(OnceLock<Result<tokio::runtime::Runtime, String>>);

    impl Drop for BlockingRuntime {
        fn drop(&mut self) {
            // A client may be dropped inside an async runtime, where dropping a runtime the
            // usual way (waiting for its threads) panics.
            if let Some(Ok(runtime)) = self.0.take() {
                runtime.shutdown_background();
            }
        }
    }

    impl Client {
        /// Drives `future` to completion on the client's blocking runtime.
        pub(crate) fn block_on<T, B>(
            &self,
            future: impl Future<Output = Result<T, Error<B>>>,
        ) -> Result<T, Error<B>> {
            if tokio::runtime::Handle::try_current().is_ok() {
                return Err(config(
                    "a blocking call (send_blocking) was made inside an async runtime, whose \
                     thread it would block: use `.send().await` there (or \
                     `tokio::runtime::Handle::current().block_on(builder.send())` inside \
                     `spawn_blocking`)",
                )
                .widen());
            }
            let runtime = self.inner.blocking.0.get_or_init(|| {
                tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(1)
                    .thread_name("api-client-blocking")
                    .enable_all()
                    .build()
                    .map_err(|e| e.to_string())
            });
            match runtime {
                Ok(runtime) => runtime.block_on(future),
                Err(e) => {
                    Err(config(format!("cannot start the runtime of blocking calls: {e}")).widen())
                }
            }
        }
    }
}
