#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace qadesk {

// The encodings Korean contact-centre exports come in. CP949 (Windows' Korean code page) is a superset of EUC-KR,
// so it reads both.
enum class TextEncoding { Utf8, Utf8Bom, Utf16LE, Utf16BE, Cp949 };

struct DecodedText {
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

class TextDecoding final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::TextDecoding)

public:
    // Decodes `bytes` in `forced` or, when it is not given, in the detected encoding: a byte-order mark first,
    // then UTF-16 without a mark (NUL bytes in every other position), then UTF-8 if every byte sequence is valid,
    // then CP949. On failure returns nullopt and sets *error to the line and byte offset of the first byte that
    // does not decode.
    static std::optional<DecodedText> decode(const QByteArray& bytes, std::optional<TextEncoding> forced, QString* error);

    // Reads (InputFile::read: a regular file of at most InputFile::s_maxBytes) and decodes a file; *error names the
    // file.
    static std::optional<DecodedText> readFile(const QString& path, std::optional<TextEncoding> forced, QString* error);

    static QString name(TextEncoding encoding); // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "CP949"
    // Accepts the names above and common aliases (utf8, utf-16, euc-kr, ks_c_5601-1987, cp949, ms949), any case.
    static std::optional<TextEncoding> fromName(const QString& name);
};

} // namespace qadesk
