//! Closed lists of values known by a stable id: in links, saved files and the dataset. strum
//! derives each id from the variant name (`IntoStaticStr`) and the list of variants
//! (`VariantArray`); this trait names the two operations the code uses.

pub use strum::VariantArray;

/// A value of a closed list, written as its id. Derive `strum::IntoStaticStr` and
/// `strum::VariantArray` with the same `serialize_all` as serde's `rename_all`, so that the id
/// in a link is the name in a file.
pub trait Id: Copy + Into<&'static str> + VariantArray + 'static {
    fn id(self) -> &'static str {
        self.into()
    }

    /// The value with this id; `None` for an id the list does not have.
    fn from_id(id: &str) -> Option<Self> {
        Self::VARIANTS.iter().copied().find(|v| v.id() == id)
    }
}

impl<T: Copy + Into<&'static str> + VariantArray + 'static> Id for T {}
