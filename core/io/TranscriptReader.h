#pragma once

#include "ImportProblem.h"
#include "TextDecoding.h"
#include "model/Contact.h"

#include <QList>
#include <QTimeZone>

#include <optional>

namespace qadesk {

// The three transcript formats of docs/formats/transcripts.md.
enum class TranscriptFormat { Json, Csv, TextLog };

struct Transcript {
    QList<ChatMessage> messages; // in time order, sequence numbers from 1
    TextEncoding encoding = TextEncoding::Utf8;
    TranscriptFormat format = TranscriptFormat::TextLog;
};

// Reads a chat or e-mail transcript. Every problem found is listed with its line (and JSON path or column); a
// transcript with any problem yields no messages, so half a conversation is never stored.
class TranscriptReader final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::TranscriptReader)

public:
    struct Options {
        std::optional<TextEncoding> encoding; // detected when not given
        std::optional<TranscriptFormat> format; // from the file extension when not given: .json, .csv/.tsv, else a log
        QTimeZone timeZone = QTimeZone::systemTimeZone(); // for times written without an offset
    };

    // Returns the transcript, or nullopt with at least one problem appended to *problems.
    static std::optional<Transcript> readFile(const QString& path, const Options& options, QList<ImportProblem>* problems);
    static std::optional<Transcript> read(const QString& text, const QString& fileName, TranscriptFormat format,
                                          const QTimeZone& zone, QList<ImportProblem>* problems);
    static TranscriptFormat formatForPath(const QString& path);
};

} // namespace qadesk
