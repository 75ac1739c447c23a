#include "CliCommand.h"
#include "stats/RatingsAgreement.h"

namespace qadesk::cli {
namespace {

int runAgreement(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("ratings"),
          QStringLiteral("CSV of ratings: unit ids, then one column per rater (see "
                         "docs/formats/ratings.md)."),
          QStringLiteral("FILE") },
        { QStringLiteral("metric"), QStringLiteral("fleiss, krippendorff, cohen (exactly two raters) or icc."),
          QStringLiteral("METRIC") },
        { QStringLiteral("level"), QStringLiteral("For krippendorff: nominal (default), ordinal, interval or ratio."),
          QStringLiteral("LEVEL") },
        { QStringLiteral("weights"), QStringLiteral("For cohen: none (default), linear or quadratic."),
          QStringLiteral("WEIGHTS") },
        { QStringLiteral("encoding"),
          QStringLiteral("utf-8, utf-16le, utf-16be or cp949 (euc-kr); detected when not "
                         "given."),
          QStringLiteral("ENCODING") },
    });
    if (const int code = parse(parser, arguments,
                               QStringLiteral("How much raters agree: prints {\"metric\", \"value\", \"units\", "
                                              "\"raters\", \"interpretation\"}, or for icc {\"icc_1_1\", \"icc_2_1\", "
                                              "\"icc_3_1\", \"units\", \"raters\"}."));
        code >= 0)
        return code;
    QString path;
    QString metricName;
    if (!requireOption(parser, QStringLiteral("ratings"), &path)
        || !requireOption(parser, QStringLiteral("metric"), &metricName))
        return 2;
    AgreementOptions options;
    const auto metric = RatingsAgreement::metricFromName(metricName);
    if (!metric) {
        return usageError(
            QStringLiteral("qadesk-cli agreement: --metric must be fleiss, krippendorff, cohen or icc, not \"%1\".")
                .arg(metricName));
    }
    options.metric = *metric;
    if (parser.isSet(QStringLiteral("level"))) {
        const auto level = RatingsAgreement::levelFromName(parser.value(QStringLiteral("level")));
        if (!level) {
            return usageError(
                QStringLiteral("qadesk-cli agreement: --level must be nominal, ordinal, interval or ratio, "
                               "not \"%1\".")
                    .arg(parser.value(QStringLiteral("level"))));
        }
        if (options.metric != AgreementMetric::Krippendorff)
            return usageError(QStringLiteral("qadesk-cli agreement: --level is for --metric krippendorff."));
        options.level = *level;
    }
    if (parser.isSet(QStringLiteral("weights"))) {
        const auto weights = RatingsAgreement::weightsFromName(parser.value(QStringLiteral("weights")));
        if (!weights) {
            return usageError(
                QStringLiteral("qadesk-cli agreement: --weights must be none, linear or quadratic, not \"%1\".")
                    .arg(parser.value(QStringLiteral("weights"))));
        }
        if (options.metric != AgreementMetric::Cohen)
            return usageError(QStringLiteral("qadesk-cli agreement: --weights is for --metric cohen."));
        options.weights = *weights;
    }
    std::optional<TextEncoding> encoding;
    if (!encodingOption(parser, &encoding))
        return 2;

    QString error;
    const auto table = RatingsImport::read(path, encoding, RatingsAgreement::valuesFor(options), &error);
    if (!table)
        return fail(QStringLiteral("qadesk-cli agreement: %1").arg(error));
    const auto result = RatingsAgreement::compute(*table, path, options, &error);
    if (!result)
        return fail(QStringLiteral("qadesk-cli agreement: %1").arg(error));
    printJson(QJsonDocument(*result));
    return 0;
}

const Registration
    s_agreement({ QStringLiteral("agreement"),
                  QStringLiteral("How much raters agree: Fleiss' or Cohen's kappa, Krippendorff's alpha, "
                                 "ICC."),
                  &runAgreement });

} // namespace
} // namespace qadesk::cli
