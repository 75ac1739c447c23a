#include "CliCommand.h"

#include "io/InputFile.h"
#include "scoring/AnswerSheet.h"
#include "scoring/ScorecardJson.h"
#include "scoring/ScorecardValidator.h"

#include <QJsonDocument>

namespace qadesk::cli {
namespace {

int runScore(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({
        { QStringLiteral("scorecard"), QStringLiteral("The scorecard, in QA Desk's JSON format."), QStringLiteral("CARD.json") },
        { QStringLiteral("answers"),
          QStringLiteral("The answers: {\"answers\": {\"<item key>\": \"<option label> | yes | no | na\"}}."),
          QStringLiteral("ANSWERS.json") },
    });
    if (const int code = parse(parser, arguments,
                               QStringLiteral("Score answers against a scorecard; prints {\"score\", \"raw_score\", "
                                              "\"critical_failed\", \"sections\"} with scores 0..100 (null: no score)."));
        code >= 0)
        return code;
    QString cardPath;
    QString answersPath;
    if (!requireOption(parser, QStringLiteral("scorecard"), &cardPath) || !requireOption(parser, QStringLiteral("answers"), &answersPath))
        return 2;
    QStringList errors;
    const auto card = ScorecardJson::readFile(cardPath, &errors);
    if (!card)
        return fail(errors.join(QLatin1Char('\n')));
    for (const auto& issue : ScorecardValidator::validate(card->version))
        errors << cardPath + QStringLiteral(": ") + issue.toString();
    if (!errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));
    QString error;
    const auto bytes = InputFile::read(answersPath, &error);
    if (!bytes)
        return fail(error);
    const auto answers = readAnswerSheet(*bytes, answersPath, card->version);
    if (!answers)
        return 1;
    printJson(QJsonDocument(scoreResultToJson(scoreEvaluation(card->version, *answers))));
    return 0;
}

const Registration s_score({ QStringLiteral("score"), QStringLiteral("Score an answer sheet against a scorecard file."),
                             &runScore });

} // namespace
} // namespace qadesk::cli
