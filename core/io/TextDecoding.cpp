#include "TextDecoding.h"

#include "InputFile.h"

#include <QStringDecoder>

namespace qadesk {
namespace {

// Byte offset of the first byte that is not part of a valid UTF-8 sequence, or -1.
qsizetype firstInvalidUtf8(const QByteArray& bytes)
{
    const auto* data = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = data[i];
        int continuation = 0;
        unsigned int codePoint = 0;
        if (c < 0x80) {
            ++i;
            continue;
        }
        if ((c & 0xE0) == 0xC0) {
            continuation = 1;
            codePoint = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            continuation = 2;
            codePoint = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            continuation = 3;
            codePoint = c & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= continuation; ++k) {
            if (i + k >= size || (data[i + k] & 0xC0) != 0x80)
                return i;
            codePoint = (codePoint << 6) | (data[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        static constexpr unsigned int s_minimum[] = { 0, 0x80, 0x800, 0x10000 };
        if (codePoint < s_minimum[continuation] || (codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > 0x10FFFF)
            return i;
        i += continuation + 1;
    }
    return -1;
}

std::optional<TextEncoding> utf16WithoutMark(const QByteArray& bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (sample < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = sample / 2;
    if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
        return TextEncoding::Utf16LE;
    if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
        return TextEncoding::Utf16BE;
    return std::nullopt;
}

int lineAtByte(const QByteArray& bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

int lineAtChar(const QString& text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

} // namespace

std::optional<DecodedText> TextDecoding::decode(const QByteArray& bytes, std::optional<TextEncoding> forced, QString* error)
{
    TextEncoding encoding = TextEncoding::Utf8;
    if (forced) {
        encoding = *forced;
    } else if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = TextEncoding::Utf8Bom;
    } else if (bytes.startsWith("\xFF\xFE")) {
        encoding = TextEncoding::Utf16LE;
    } else if (bytes.startsWith("\xFE\xFF")) {
        encoding = TextEncoding::Utf16BE;
    } else if (const auto utf16 = utf16WithoutMark(bytes)) {
        encoding = *utf16;
    } else if (firstInvalidUtf8(bytes) >= 0) {
        encoding = TextEncoding::Cp949;
    }

    switch (encoding) {
    case TextEncoding::Utf8:
    case TextEncoding::Utf8Bom: {
        const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        const qsizetype bad = firstInvalidUtf8(body);
        if (bad >= 0) {
            if (error)
                *error = tr("not valid UTF-8 at line %1 (byte %2)").arg(lineAtByte(body, bad)).arg(bad + 1);
            return std::nullopt;
        }
        return DecodedText { QString::fromUtf8(body), encoding };
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        QStringDecoder decoder(encoding == TextEncoding::Utf16LE ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        QString text = decoder.decode(bytes);
        if (decoder.hasError() || bytes.size() % 2 != 0) {
            if (error)
                *error = tr("not valid %1: the file ends in the middle of a character").arg(name(encoding));
            return std::nullopt;
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        return DecodedText { text, encoding };
    }
    case TextEncoding::Cp949: {
        // ICU's "windows-949" is Microsoft's CP949 (Unified Hangul Code); plain "CP949" in ICU is IBM's variant.
        QStringDecoder decoder("windows-949");
        const QString text = decoder.decode(bytes);
        const qsizetype bad = text.indexOf(QChar(QChar::ReplacementCharacter));
        if (!decoder.isValid() || decoder.hasError() || bad >= 0) {
            if (error) {
                *error = forced ? tr("not valid CP949 at line %1").arg(lineAtChar(text, std::max<qsizetype>(bad, 0)))
                                : tr("neither UTF-8, UTF-16 nor CP949/EUC-KR (first undecodable byte at line %1); "
                                     "choose the encoding by hand")
                                      .arg(lineAtByte(bytes, firstInvalidUtf8(bytes)));
            }
            return std::nullopt;
        }
        return DecodedText { text, encoding };
    }
    }
    return std::nullopt;
}

std::optional<DecodedText> TextDecoding::readFile(const QString& path, std::optional<TextEncoding> forced, QString* error)
{
    const auto bytes = InputFile::read(path, error);
    if (!bytes)
        return std::nullopt;
    QString decodeError;
    auto decoded = decode(*bytes, forced, &decodeError);
    if (!decoded && error)
        *error = tr("%1: %2").arg(path, decodeError);
    return decoded;
}

QString TextDecoding::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Cp949:
        return QStringLiteral("CP949");
    }
    return {};
}

std::optional<TextEncoding> TextDecoding::fromName(const QString& name)
{
    const QString key = name.trimmed().toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (key == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (key == QLatin1String("utf8(bom)") || key == QLatin1String("utf8bom") || key == QLatin1String("utf8sig"))
        return TextEncoding::Utf8Bom;
    if (key == QLatin1String("utf16le") || key == QLatin1String("utf16"))
        return TextEncoding::Utf16LE;
    if (key == QLatin1String("utf16be"))
        return TextEncoding::Utf16BE;
    if (key == QLatin1String("cp949") || key == QLatin1String("euckr") || key == QLatin1String("ms949")
        || key == QLatin1String("ksc56011987") || key == QLatin1String("uhc") || key == QLatin1String("windows949"))
        return TextEncoding::Cp949;
    return std::nullopt;
}

} // namespace qadesk
