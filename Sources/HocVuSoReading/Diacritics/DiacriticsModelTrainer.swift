import Foundation

/// Counts syllable n-grams over a corpus of Vietnamese lines and builds the pruned language model.
public enum DiacriticsModelTrainer {
    /// The smallest counts kept: rarer words become the unknown word, rarer n-grams are left to the lower order.
    public struct Pruning: Sendable, Equatable {
        public var minimumWordCount: UInt32
        public var minimumBigramCount: UInt32
        public var minimumTrigramCount: UInt32

        public init(minimumWordCount: UInt32 = 1, minimumBigramCount: UInt32 = 1, minimumTrigramCount: UInt32 = 2) {
            self.minimumWordCount = minimumWordCount
            self.minimumBigramCount = minimumBigramCount
            self.minimumTrigramCount = minimumTrigramCount
        }
    }

    public static func train(corpus: [String]) -> DiacriticsModel {
        train(corpus: corpus, pruning: Pruning())
    }

    public static func train(corpus: [String], pruning: Pruning) -> DiacriticsModel {
        // Pass 1: phrases as provisional ids, and word counts.
        var provisional: [String: Int32] = [:]
        var provisionalWords: [String] = []
        var wordCounts: [UInt32] = []
        var phrases: [[Int32]] = []
        for text in corpus {
            var phrase: [Int32] = []
            for token in PhraseTokens.tokens(text) + [.phraseBreak] {
                switch token {
                case .word(let word):
                    let id: Int32
                    if let known = provisional[word] {
                        id = known
                    } else {
                        id = Int32(provisionalWords.count)
                        provisional[word] = id
                        provisionalWords.append(word)
                        wordCounts.append(0)
                    }
                    wordCounts[Int(id)] += 1
                    phrase.append(id)
                case .number:
                    phrase.append(-1)
                case .phraseBreak:
                    if !phrase.isEmpty { phrases.append(phrase) }
                    phrase = []
                }
            }
        }

        // The vocabulary: specials, then words by falling count.
        let kept = provisionalWords.indices
            .filter { wordCounts[$0] >= pruning.minimumWordCount }
            .sorted { wordCounts[$0] != wordCounts[$1] ? wordCounts[$0] > wordCounts[$1]
                                                       : provisionalWords[$0] < provisionalWords[$1] }
            .prefix(DiacriticsModel.maximumWords - 3)
        var remap = [Int32](repeating: DiacriticsModel.unknown, count: provisionalWords.count)
        var words = DiacriticsModel.specialWords
        for (offset, old) in kept.enumerated() {
            remap[old] = Int32(offset + 3)
            words.append(provisionalWords[old])
        }

        // Pass 2: n-gram counts over the final ids, each phrase framed by boundaries.
        var counts = [UInt32](repeating: 0, count: words.count)
        var bigrams: [UInt64: UInt32] = [:]
        var trigrams: [UInt64: UInt32] = [:]
        for phrase in phrases {
            var u = DiacriticsModel.boundary
            var v = DiacriticsModel.boundary
            for old in phrase + [-2] {
                let w: Int32 = old == -2 ? DiacriticsModel.boundary : old == -1 ? DiacriticsModel.number : remap[Int(old)]
                counts[Int(v)] += 1
                bigrams[DiacriticsModel.key(v, w), default: 0] += 1
                if v != DiacriticsModel.boundary { trigrams[DiacriticsModel.key(u, v, w), default: 0] += 1 }
                u = v
                v = w
            }
        }
        let bigramDiscount = discount(bigrams)
        let trigramDiscount = discount(trigrams)
        return DiacriticsModel(
            words: words, counts: counts,
            bigrams: bigrams.filter { $0.value >= pruning.minimumBigramCount },
            trigrams: trigrams.filter { $0.value >= pruning.minimumTrigramCount },
            bigramDiscount: bigramDiscount, trigramDiscount: trigramDiscount)
    }

    /// The Kneser–Ney discount n1 / (n1 + 2·n2) from the counts of n-grams seen once and twice.
    static func discount(_ counts: [UInt64: UInt32]) -> Double {
        var once = 0.0
        var twice = 0.0
        for count in counts.values {
            if count == 1 { once += 1 } else if count == 2 { twice += 1 }
        }
        guard once + twice > 0 else { return 0.75 }
        return min(max(once / (once + 2 * twice), 0.1), 0.9)
    }
}
