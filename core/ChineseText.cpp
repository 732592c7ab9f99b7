#include "ChineseText.h"

#include <opencc/SimpleConverter.hpp>

#include <QMutex>

#include <memory>

namespace cc {

namespace {

// Loading OpenCC's dictionaries takes milliseconds: once per process. OpenCC's converter
// is not documented as thread-safe, so calls are serialised.
struct Converter {
    QMutex mutex;
    std::unique_ptr<opencc::SimpleConverter> t2s;
    bool failed = false;
};

Converter& converter()
{
    static Converter instance;
    return instance;
}

bool hasNonAscii(const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x80)
            return true;
    }
    return false;
}

} // namespace

QString ChineseText::toSimplified(const QString& text)
{
    if (!hasNonAscii(text))
        return text;
    Converter& state = converter();
    QMutexLocker lock(&state.mutex);
    if (!state.t2s && !state.failed) {
        try {
            state.t2s = std::make_unique<opencc::SimpleConverter>("t2s.json");
        } catch (...) {
            state.failed = true; // search still works within one script
        }
    }
    if (!state.t2s)
        return text;
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
