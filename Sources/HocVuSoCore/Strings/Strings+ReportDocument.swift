extension Strings {
    /// The fixed texts of a report laid out as a Word document (module HocVuSoOffice, `ReportDocx`),
    /// in the wording of Decree 30/2020/NĐ-CP, Phụ lục I.
    public enum ReportDocument {
        public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        public static let nationalMotto = "Độc lập - Tự do - Hạnh phúc"
        /// The marker of a draft, boxed above the title.
        public static let draft = "DỰ THẢO"
        /// The heading of the recipients' list beside the signature block.
        public static let recipientsLabel = "Nơi nhận:"
    }
}
