#include "TranscriptReader.h"

#include "CsvReader.h"
#include "ImportValues.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace qadesk {
namespace {

struct Reading {
    QString file;
    QList<ChatMessage> messages;
    QList<ImportProblem>* problems;
    int problemCount = 0;

    void problem(int line, const QString& column, const QString& message)
    {
        problems->append(ImportProblem { file, line, column, message });
        ++problemCount;
    }
};

void readJson(const QString& text, const QTimeZone& zone, Reading* reading)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in UTF-8 bytes; count lines in the same bytes.
        const int line = int(text.toUtf8().left(parseError.offset).count('\n')) + 1;
        reading->problem(line, {}, TranscriptReader::tr("not valid JSON: %1").arg(parseError.errorString()));
        return;
    }
    const QJsonArray messages = document.isArray() ? document.array() : document.object().value(QStringLiteral("messages")).toArray();
    if (!document.isArray() && !document.object().value(QStringLiteral("messages")).isArray()) {
        reading->problem(0, QStringLiteral("messages"), TranscriptReader::tr("expected an array of messages"));
        return;
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString path = QStringLiteral("messages[%1]").arg(i);
        const QJsonObject object = messages.at(i).toObject();
        const auto sentAt = ImportValues::dateTime(object.value(QStringLiteral("time")).toString(), zone);
        const auto sender = ImportValues::sender(object.value(QStringLiteral("sender")).toString());
        const QString body = object.value(QStringLiteral("text")).toString();
        if (!sentAt)
            reading->problem(0, path + QStringLiteral(".time"), TranscriptReader::tr("expected %1").arg(ImportValues::expectedDateTime()));
        if (!sender)
            reading->problem(0, path + QStringLiteral(".sender"), TranscriptReader::tr("expected %1").arg(ImportValues::expectedSender()));
        if (body.trimmed().isEmpty())
            reading->problem(0, path + QStringLiteral(".text"), TranscriptReader::tr("a message needs text"));
        if (sentAt && sender && !body.trimmed().isEmpty())
            reading->messages.append(ChatMessage { 0, *sentAt, *sender, object.value(QStringLiteral("name")).toString(), body });
    }
}

void readCsv(const QString& text, const QTimeZone& zone, Reading* reading)
{
    QString error;
    const QList<CsvRecord> records = CsvReader::parse(text, &error);
    if (!error.isEmpty()) {
        reading->problem(0, {}, error);
        return;
    }
    if (records.isEmpty())
        return;
    const CsvHeader header(records.first().fields);
    const int timeColumn = header.find({ QStringLiteral("time"), QStringLiteral("시간"), QStringLiteral("일시") });
    const int senderColumn = header.find({ QStringLiteral("sender"), QStringLiteral("발신자"), QStringLiteral("화자") });
    const int textColumn = header.find({ QStringLiteral("text"), QStringLiteral("내용"), QStringLiteral("메시지") });
    const int nameColumn = header.find({ QStringLiteral("name"), QStringLiteral("이름") });
    if (timeColumn < 0 || senderColumn < 0 || textColumn < 0) {
        reading->problem(records.first().line, {}, TranscriptReader::tr("the header must name the columns time, sender and text"));
        return;
    }
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records.at(r);
        const auto field = [&](int column) { return column >= 0 ? record.fields.value(column) : QString(); };
        const auto sentAt = ImportValues::dateTime(field(timeColumn), zone);
        const auto sender = ImportValues::sender(field(senderColumn));
        const QString body = field(textColumn);
        if (!sentAt)
            reading->problem(record.line, QStringLiteral("time"), TranscriptReader::tr("\"%1\" is not %2").arg(field(timeColumn), ImportValues::expectedDateTime()));
        if (!sender)
            reading->problem(record.line, QStringLiteral("sender"), TranscriptReader::tr("\"%1\" is not %2").arg(field(senderColumn), ImportValues::expectedSender()));
        if (body.trimmed().isEmpty())
            reading->problem(record.line, QStringLiteral("text"), TranscriptReader::tr("a message needs text"));
        if (sentAt && sender && !body.trimmed().isEmpty())
            reading->messages.append(ChatMessage { 0, *sentAt, *sender, field(nameColumn), body });
    }
}

// "[2026-01-05 10:31:02] 상담사: text" or "[…] 상담사 김민지: text"; lines without a leading time continue the
// message above them.
void readLog(const QString& text, const QTimeZone& zone, Reading* reading)
{
    static const QRegularExpression s_line(QStringLiteral("^\\[([^\\]]+)\\]\\s*([^:：]+?)\\s*[:：]\\s?(.*)$"));
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xFEFF)))
            line.remove(0, 1);
        const int lineNumber = int(i) + 1;
        if (line.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = s_line.match(line);
        if (!match.hasMatch()) {
            if (line.startsWith(QLatin1Char('[')) || reading->messages.isEmpty()) {
                reading->problem(lineNumber, {}, TranscriptReader::tr("expected \"[2026-01-05 10:31:02] 상담사: text\""));
            } else {
                reading->messages.last().text += QLatin1Char('\n') + line;
            }
            continue;
        }
        const auto sentAt = ImportValues::dateTime(match.captured(1), zone);
        const QString label = match.captured(2);
        const QString role = label.section(QLatin1Char(' '), 0, 0);
        const auto sender = ImportValues::sender(role);
        if (!sentAt)
            reading->problem(lineNumber, QStringLiteral("time"), TranscriptReader::tr("\"%1\" is not %2").arg(match.captured(1), ImportValues::expectedDateTime()));
        if (!sender)
            reading->problem(lineNumber, QStringLiteral("sender"), TranscriptReader::tr("\"%1\" is not %2").arg(role, ImportValues::expectedSender()));
        if (sentAt && sender)
            reading->messages.append(ChatMessage { 0, *sentAt, *sender, label.section(QLatin1Char(' '), 1).trimmed(), match.captured(3) });
    }
}

} // namespace

TranscriptFormat TranscriptReader::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return TranscriptFormat::Json;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("tsv"))
        return TranscriptFormat::Csv;
    return TranscriptFormat::TextLog;
}

std::optional<Transcript> TranscriptReader::readFile(const QString& path, const Options& options, QList<ImportProblem>* problems)
{
    QString error;
    const auto decoded = TextDecoding::readFile(path, options.encoding, &error);
    if (!decoded) {
        problems->append(ImportProblem { path, 0, {}, error.mid(path.size() + 2) });
        return std::nullopt;
    }
    const TranscriptFormat format = options.format.value_or(formatForPath(path));
    auto transcript = read(decoded->text, path, format, options.timeZone, problems);
    if (transcript)
        transcript->encoding = decoded->encoding;
    return transcript;
}

std::optional<Transcript> TranscriptReader::read(const QString& text, const QString& fileName, TranscriptFormat format,
                                                 const QTimeZone& zone, QList<ImportProblem>* problems)
{
    Reading reading { fileName, {}, problems };
    switch (format) {
    case TranscriptFormat::Json:
        readJson(text, zone, &reading);
        break;
    case TranscriptFormat::Csv:
        readCsv(text, zone, &reading);
        break;
    case TranscriptFormat::TextLog:
        readLog(text, zone, &reading);
        break;
    }
    if (reading.problemCount == 0 && reading.messages.isEmpty())
        reading.problem(0, {}, tr("the transcript has no messages"));
    for (qsizetype i = 1; i < reading.messages.size() && reading.problemCount == 0; ++i) {
        if (reading.messages.at(i).sentAt < reading.messages.at(i - 1).sentAt) {
            reading.problem(0, {}, tr("message %1 is earlier than the one before it; a transcript must be in time order").arg(i + 1));
        }
    }
    if (reading.problemCount > 0)
        return std::nullopt;
    for (qsizetype i = 0; i < reading.messages.size(); ++i)
        reading.messages[i].sequence = int(i) + 1;
    return Transcript { reading.messages, TextEncoding::Utf8, format };
}

} // namespace qadesk
