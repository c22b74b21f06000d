import ArgumentParser
import Foundation
import HocVuSoCore
import HocVuSoReading

/// `hocvuso train-diacritics --out FILE [--corpus PATH…] [--product PATH…]`: trains the language model that
/// restores diacritics (docs/diacritics.md; scripts/train-diacritics.sh lists the paths of the shipped model).
struct TrainDiacritics: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-diacritics",
        abstract: "Train the diacritics restorer's language model from Vietnamese text that may legally be used.")

    @Option(help: "Where to write the model (Sources/HocVuSoReading/Resources/diacritics-model.txt ships with the program).")
    var out: String
    @Option(parsing: .singleValue, help: "A file or folder of Vietnamese text (.mo, .html, .txt, .md, .swift, .mustache, .csv, .json).")
    var corpus: [String] = []
    @Option(parsing: .singleValue, help: "A file or folder of the product's own texts, counted --product-weight times.")
    var product: [String] = []
    @Option(help: "How many times the product's own texts count.") var productWeight = 6
    @Option(help: "Path of the hunspell-vi dictionary.") var dictionary = SyllableDictionary.defaultPath

    func run() throws {
        do {
            guard !corpus.isEmpty || !product.isEmpty else {
                throw ValidationError(ReadingStrings.Diacritics.trainingNeedsCorpus)
            }
            let started = Date()
            let result = try DiacriticsTraining(corpus: corpus, product: product, productWeight: productWeight)
                .run(dictionary: try SyllableDictionary(path: dictionary))
            let data = DiacriticsModelFile.serialize(result.model)
            try data.write(to: URL(fileURLWithPath: out))
            print("""
                corpus: \(result.corpusLines) lines, \(result.corpusSyllables) syllables
                product: \(result.productLines) lines, \(result.productSyllables) syllables (x\(productWeight))
                model: \(result.model.words.count) words, \(data.count) bytes, \(out) (\(Int(Date().timeIntervalSince(started))) s)
                """)
        } catch let error as DomainError {
            FileHandle.standardError.write(Data("\(error.message)\n".utf8))
            throw ExitCode(2)
        }
    }
}
