#include "DemoAudio.h"

#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace qadesk::demo {
namespace {

bool run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForStarted(10000) || !process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed (exit %2): %3")
                     .arg(program)
                     .arg(process.exitCode())
                     .arg(QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

constexpr double s_gapSeconds = 0.45; // between one line's end and the next one's start

// espeak-ng writes 22050 Hz 16-bit mono WAV with a 44-byte header, and sox keeps that format.
double wavSeconds(const QString& path)
{
    return double(QFileInfo(path).size() - 44) / (22050.0 * 2.0);
}

} // namespace

bool audioToolsAvailable(QString* error)
{
    for (const char* tool : { "espeak-ng", "sox" }) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            *error = QStringLiteral("%1 is not installed; run scripts/setup (or build the demo with --recordings 0).")
                         .arg(QString::fromLatin1(tool));
            return false;
        }
    }
    return true;
}

bool synthesizeCall(const QList<Line>& script, const SynthesisOptions& options, const QString& outPath,
                    qint64* durationMs, QString* error)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = QStringLiteral("cannot create a temporary folder: %1").arg(work.errorString());
        return false;
    }
    QStringList channelInputs[2]; // 0: agent (left), 1: customer (right)
    double cursor = 0.3; // where the next line starts (s)
    for (int i = 0; i < script.size(); ++i) {
        const Line& line = script.at(i);
        const QString spoken = work.filePath(QStringLiteral("line%1.wav").arg(i));
        const QString voice = options.english ? QStringLiteral("en-us") : QStringLiteral("ko");
        // A lower pitch for the customer, so the two sides are easy to tell apart by ear.
        if (!run(QStringLiteral("espeak-ng"),
                 { QStringLiteral("-v"), voice + (line.agent ? QStringLiteral("+f3") : QStringLiteral("+m3")),
                   QStringLiteral("-s"), QStringLiteral("170"), QStringLiteral("-w"), spoken, line.text },
                 error))
            return false;
        double start = cursor;
        if (line.interrupts && i > 0 && script.at(i - 1).agent)
            start = std::max(0.0, cursor - s_gapSeconds - options.interruptSeconds);
        const QString placed = work.filePath(QStringLiteral("placed%1.wav").arg(i));
        // Trimmed of silence at both ends (sox's silence effect, reversed for the end), then padded to its start.
        if (!run(QStringLiteral("sox"),
                 { spoken, placed, QStringLiteral("silence"), QStringLiteral("1"), QStringLiteral("0.005"),
                   QStringLiteral("1%"), QStringLiteral("reverse"), QStringLiteral("silence"), QStringLiteral("1"),
                   QStringLiteral("0.005"), QStringLiteral("1%"), QStringLiteral("reverse"), QStringLiteral("pad"),
                   QString::number(start, 'f', 3) },
                 error))
            return false;
        channelInputs[line.agent ? 0 : 1] << QStringLiteral("-v") << QStringLiteral("1") << placed;
        cursor = std::max(cursor, wavSeconds(placed) + s_gapSeconds); // an interruption may end before the line
        if (line.holdAfter)
            cursor += options.holdSeconds;
    }
    QString channels[2];
    for (int side = 0; side < 2; ++side) {
        channels[side] = work.filePath(side == 0 ? QStringLiteral("agent.wav") : QStringLiteral("customer.wav"));
        // One utterance needs no mixing; sox -m wants two inputs or more.
        const QStringList inputs = channelInputs[side];
        const QStringList arguments = inputs.size() > 3 ? QStringList { QStringLiteral("-m") } + inputs + QStringList { channels[side] }
                                                        : QStringList { inputs.last(), channels[side] };
        if (!run(QStringLiteral("sox"), arguments, error))
            return false;
    }
    if (!run(QStringLiteral("sox"),
             { QStringLiteral("-M"), channels[0], channels[1], QStringLiteral("-b"), QStringLiteral("16"), outPath,
               QStringLiteral("rate"), QStringLiteral("8k") },
             error))
        return false;
    *durationMs = qint64((QFileInfo(outPath).size() - 44) * 1000 / (8000 * 2 * 2));
    return true;
}

} // namespace qadesk::demo
