public enum ReadingStrings {}
