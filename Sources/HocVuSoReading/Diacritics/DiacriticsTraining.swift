import Foundation

/// One training run from files: the general corpus once, the product's own texts (closest to what is restored:
/// reports, officials' wording, unit names) `productWeight` times, then the trainer.
public struct DiacriticsTraining: Sendable {
    public var corpus: [String]
    public var product: [String]
    public var productWeight: Int
    public var pruning: DiacriticsModelTrainer.Pruning

    public init(corpus: [String], product: [String], productWeight: Int = 6,
                pruning: DiacriticsModelTrainer.Pruning = .init()) {
        self.corpus = corpus
        self.product = product
        self.productWeight = productWeight
        self.pruning = pruning
    }

    public struct Result: Sendable {
        public var model: DiacriticsModel
        /// Distinct Vietnamese lines kept, and their syllables, from the general corpus and from the product.
        public var corpusLines: Int
        public var corpusSyllables: Int
        public var productLines: Int
        public var productSyllables: Int
    }

    public func run(dictionary: SyllableDictionary) throws -> Result {
        let general = DiacriticsCorpus.vietnameseLines(try DiacriticsCorpus.texts(at: corpus), dictionary: dictionary)
        let own = DiacriticsCorpus.vietnameseLines(try DiacriticsCorpus.texts(at: product), dictionary: dictionary)
        var lines = general
        for _ in 0..<max(productWeight, 1) { lines += own }
        let model = DiacriticsModelTrainer.train(corpus: lines, pruning: pruning)
        return Result(model: model, corpusLines: general.count, corpusSyllables: Self.syllables(general),
                      productLines: own.count, productSyllables: Self.syllables(own))
    }

    private static func syllables(_ lines: [String]) -> Int {
        lines.reduce(0) { total, line in
            total + PhraseTokens.tokens(line).count { if case .word = $0 { true } else { false } }
        }
    }
}
