/// The strings table: every Vietnamese text the product shows that is not in a template lives
/// under this namespace, one file per area (`Strings+Area.swift`). Code refers to these names,
/// never to literal Vietnamese text.
public enum Strings {}
