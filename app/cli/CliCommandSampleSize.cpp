#include "CliCommand.h"

#include "stats/SampleSize.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

// --z wins over --confidence; both default to 95 %.
bool readZ(const QCommandLineParser& parser, double* z)
{
    if (parser.isSet(QStringLiteral("z")))
        return numberOption(parser, QStringLiteral("z"), z);
    double confidence = 0.95;
    if (parser.isSet(QStringLiteral("confidence")) && !numberOption(parser, QStringLiteral("confidence"), &confidence))
        return false;
    if (!(confidence > 0 && confidence < 1)) {
        usageError(QStringLiteral("qadesk-cli: --confidence must be between 0 and 1 (e.g. 0.95), not %1.").arg(confidence));
        return false;
    }
    *z = zForConfidence(confidence);
    return true;
}

const QList<QCommandLineOption> s_confidenceOptions {
    { QStringLiteral("confidence"), QStringLiteral("Confidence level, e.g. 0.90, 0.95 (default), 0.99."), QStringLiteral("C") },
    { QStringLiteral("z"), QStringLiteral("The z value instead of a confidence level (e.g. 1.96)."), QStringLiteral("Z") },
};

int runSampleSize(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(s_confidenceOptions);
    parser.addOptions({
        { QStringLiteral("population"), QStringLiteral("Contacts in the period (0: unknown or very large)."), QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("margin"), QStringLiteral("Margin of error: a proportion (0.05) for cochran and yamane, score "
                                                   "points for mean."),
          QStringLiteral("E"), QStringLiteral("0.05") },
        { QStringLiteral("proportion"), QStringLiteral("Expected proportion for cochran (default 0.5, the safest)."),
          QStringLiteral("P"), QStringLiteral("0.5") },
        { QStringLiteral("method"), QStringLiteral("cochran (default), yamane or mean."), QStringLiteral("METHOD"),
          QStringLiteral("cochran") },
        { QStringLiteral("stddev"), QStringLiteral("Standard deviation of scores, for --method mean."), QStringLiteral("S") },
    });
    if (const int code = parse(parser, arguments,
                               QStringLiteral("How many contacts to evaluate for a sound result; prints {\"method\", "
                                              "\"n0\", \"n\"} (see docs/planning.md)."));
        code >= 0)
        return code;
    qint64 population = 0;
    double margin = 0;
    double z = 0;
    if (!integerOption(parser, QStringLiteral("population"), &population) || !numberOption(parser, QStringLiteral("margin"), &margin)
        || !readZ(parser, &z))
        return 2;
    const QString method = parser.value(QStringLiteral("method"));
    QString error;
    std::optional<SampleSizeResult> result;
    if (method == QLatin1String("cochran")) {
        double p = 0;
        if (!numberOption(parser, QStringLiteral("proportion"), &p))
            return 2;
        result = SampleSize::proportion(int(population), z, margin, p, &error);
    } else if (method == QLatin1String("mean")) {
        double sigma = 0;
        if (!parser.isSet(QStringLiteral("stddev")))
            return usageError(QStringLiteral("qadesk-cli sample-size: --method mean needs --stddev."));
        if (!numberOption(parser, QStringLiteral("stddev"), &sigma))
            return 2;
        result = SampleSize::mean(int(population), z, sigma, margin, &error);
    } else if (method == QLatin1String("yamane")) {
        result = SampleSize::yamane(int(population), margin, &error);
    } else {
        return usageError(QStringLiteral("qadesk-cli sample-size: --method must be cochran, yamane or mean, not \"%1\".").arg(method));
    }
    if (!result)
        return fail(QStringLiteral("qadesk-cli sample-size: %1").arg(error));
    printJson(QJsonDocument(result->toJson()));
    return 0;
}

int runMargin(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions(s_confidenceOptions);
    parser.addOptions({
        { QStringLiteral("n"), QStringLiteral("Evaluations done."), QStringLiteral("N") },
        { QStringLiteral("population"), QStringLiteral("Contacts in the period (0: unknown)."), QStringLiteral("N"), QStringLiteral("0") },
        { QStringLiteral("proportion"), QStringLiteral("Observed proportion (default 0.5)."), QStringLiteral("P"), QStringLiteral("0.5") },
        { QStringLiteral("stddev"), QStringLiteral("For a mean score: its standard deviation; the margin is then in "
                                                   "score points."),
          QStringLiteral("S") },
    });
    if (const int code = parse(parser, arguments,
                               QStringLiteral("The margin of error that n evaluations carry; prints {\"margin\"}."));
        code >= 0)
        return code;
    qint64 n = 0;
    qint64 population = 0;
    double z = 0;
    double p = 0;
    if (!parser.isSet(QStringLiteral("n")))
        return usageError(QStringLiteral("qadesk-cli: --n is required (see --help)."));
    if (!integerOption(parser, QStringLiteral("n"), &n) || !integerOption(parser, QStringLiteral("population"), &population)
        || !numberOption(parser, QStringLiteral("proportion"), &p) || !readZ(parser, &z))
        return 2;
    QString error;
    std::optional<double> margin;
    if (parser.isSet(QStringLiteral("stddev"))) {
        double sigma = 0;
        if (!numberOption(parser, QStringLiteral("stddev"), &sigma))
            return 2;
        margin = SampleSize::meanMargin(int(n), int(population), z, sigma, &error);
    } else {
        margin = SampleSize::proportionMargin(int(n), int(population), z, p, &error);
    }
    if (!margin)
        return fail(QStringLiteral("qadesk-cli margin: %1").arg(error));
    printJson(QJsonDocument(QJsonObject { { QStringLiteral("margin"), *margin }, { QStringLiteral("z"), z } }));
    return 0;
}

const Registration s_sampleSize({ QStringLiteral("sample-size"),
                                  QStringLiteral("How many contacts to evaluate (Cochran, mean score, Yamane)."),
                                  &runSampleSize });
const Registration s_margin({ QStringLiteral("margin"), QStringLiteral("The margin of error of n evaluations."), &runMargin });

} // namespace
} // namespace qadesk::cli
