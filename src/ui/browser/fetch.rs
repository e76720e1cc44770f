//! Files of the app's own origin (the packed dataset and vocabularies), fetched as bytes.

use thiserror::Error;

/// Why a file could not be had; the views say it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum FetchError {
    /// No answer: offline, or the server is unreachable. The detail is the browser's own.
    #[error("no answer from the server ({0})")]
    Network(String),
    #[error("the server answered {status} for {url}")]
    Http { status: u16, url: String },
}

/// The bytes of `url`, relative to the page.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    fetch_ok(url)
        .await?
        .binary()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))
}

async fn fetch_ok(url: &str) -> Result<gloo_net::http::Response, FetchError> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| FetchError::Network(e.to_string()))?;
    if response.ok() {
        Ok(response)
    } else {
        Err(FetchError::Http {
            status: response.status(),
            url: url.to_string(),
        })
    }
}
