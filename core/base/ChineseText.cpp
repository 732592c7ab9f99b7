#include "ChineseText.h"

#include <opencc/Config.hpp>
#include <opencc/Conversion.hpp>
#include <opencc/ConversionChain.hpp>
#include <opencc/Converter.hpp>
#include <opencc/Dict.hpp>
#include <opencc/DictEntry.hpp>
#include <opencc/Lexicon.hpp>

#include <QMutex>

#include <mutex>
#include <unordered_set>
#include <vector>

namespace cc {

namespace {

// Loading OpenCC's dictionaries takes milliseconds: once per process. OpenCC's converter
// is not documented as thread-safe, so calls are serialised.
//
// Most text at a counter is already Simplified, and converting it costs microseconds a
// field (an import of 100,000 rows converts 300,000). `changeable` holds every character
// that some dictionary entry rewrites: a text without any of them matches no entry that
// changes anything, so it converts to itself and skips the converter. This is exact, not
// a guess: it is read from the same dictionaries the converter uses.
struct Converter {
    std::once_flag loaded;
    opencc::ConverterPtr t2s; // null when OpenCC's data is missing: search still works
                              // within one script
    std::vector<bool> changeable = std::vector<bool>(0x10000, false);
    std::unordered_set<char32_t> changeableAstral; // outside the Basic Multilingual Plane
    QMutex mutex;
};

void markChangeable(Converter& state, char32_t ch)
{
    if (ch < 0x10000)
        state.changeable[ch] = true;
    else
        state.changeableAstral.insert(ch);
}

// For an entry that changes text: the characters where key and value differ, or every
// character of the key when they differ in length. Any match of that entry contains one.
void markEntry(Converter& state, const opencc::DictEntry& entry)
{
    const std::u32string key = QString::fromStdString(entry.Key()).toStdU32String();
    const std::u32string value = QString::fromStdString(entry.GetDefault()).toStdU32String();
    if (key == value)
        return;
    for (size_t i = 0; i < key.size(); ++i) {
        if (key.size() != value.size() || key[i] != value[i])
            markChangeable(state, key[i]);
    }
}

Converter& converter()
{
    static Converter instance;
    std::call_once(instance.loaded, [] {
        try {
            opencc::Config config;
            opencc::ConverterPtr loaded = config.NewFromFile("t2s.json");
            for (const opencc::ConversionPtr& conversion :
                 loaded->GetConversionChain()->GetConversions()) {
                const opencc::LexiconPtr entries = conversion->GetDict()->GetLexicon();
                for (const std::unique_ptr<opencc::DictEntry>& entry : *entries)
                    markEntry(instance, *entry);
            }
            instance.t2s = loaded;
        } catch (...) {
            instance.t2s.reset();
        }
    });
    return instance;
}

bool mayChange(const Converter& state, const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() < 0x80)
            continue;
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            if (state.changeableAstral.count(QChar::surrogateToUcs4(ch, text.at(i + 1))))
                return true;
            ++i;
            continue;
        }
        if (state.changeable[ch.unicode()])
            return true;
    }
    return false;
}

} // namespace

QString ChineseText::toSimplified(const QString& text)
{
    Converter& state = converter();
    if (!state.t2s || !mayChange(state, text))
        return text;
    QMutexLocker lock(&state.mutex);
    try {
        return QString::fromStdString(state.t2s->Convert(text.toStdString()));
    } catch (...) {
        return text;
    }
}

QString ChineseText::searchKey(const QString& text)
{
    return toSimplified(text.simplified()).toCaseFolded();
}

} // namespace cc
