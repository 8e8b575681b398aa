use super::*;

#[test]
fn term_is_sixteen_bytes() {
    assert_eq!(std::mem::size_of::<Term>(), 16);
}
