#include "AnswerSheet.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace qadesk {
namespace {

QJsonValue percent(const std::optional<double>& value)
{
    return value ? QJsonValue(*value * 100.0) : QJsonValue();
}

} // namespace

std::optional<QList<Answer>> AnswerSheet::read(const QByteArray& json, const ScorecardVersion& version,
                                               QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errors << tr("offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue answersValue = document.object().value(QStringLiteral("answers"));
    if (!answersValue.isObject()) {
        *errors << tr("answers: must be an object of item key → answer");
        return std::nullopt;
    }
    const QJsonObject answers = answersValue.toObject();
    const int before = int(errors->size());
    QList<Answer> result;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString path = QStringLiteral("answers.") + it.key();
        const ScorecardItem* item = version.findItem(it.key());
        if (!item) {
            *errors << path + QStringLiteral(": ") + tr("the scorecard has no item with this key");
            continue;
        }
        if (!it.value().isString()) {
            *errors << path + QStringLiteral(": ") + tr("must be text: an option label, yes, no or na");
            continue;
        }
        const QString text = it.value().toString().trimmed();
        Answer answer;
        answer.itemKey = item->key;
        if (text.compare(QLatin1String("na"), Qt::CaseInsensitive) == 0) {
            if (!item->naAllowed) {
                *errors << path + QStringLiteral(": ") + tr("N/A is not allowed for this item");
                continue;
            }
            answer.na = true;
        } else {
            for (int o = 0; o < item->options.size(); ++o) {
                if (item->options.at(o).label.compare(text, Qt::CaseInsensitive) == 0)
                    answer.optionIndex = o;
            }
            if (!answer.optionIndex) {
                QStringList labels;
                for (const auto& option : item->options)
                    labels << option.label;
                *errors << path + QStringLiteral(": ")
                        + tr("\"%1\" is not an option of this item (%2)").arg(text, labels.join(QStringLiteral(", ")));
                continue;
            }
        }
        result << answer;
    }
    const QJsonObject comments = document.object().value(QStringLiteral("comments")).toObject();
    for (auto it = comments.begin(); it != comments.end(); ++it) {
        const auto answer = std::find_if(result.begin(), result.end(), [&](const Answer& a) { return a.itemKey == it.key(); });
        if (!it.value().isString() || answer == result.end()) {
            *errors << QStringLiteral("comments.") + it.key() + QStringLiteral(": ")
                    + tr("must be the text of a comment on an answered item");
            continue;
        }
        answer->comment = it.value().toString().trimmed();
    }
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            if (!answers.contains(item.key))
                *errors << QStringLiteral("answers.") + item.key + QStringLiteral(": ") + tr("has no answer");
        }
    }
    if (errors->size() > before)
        return std::nullopt;
    return result;
}

QJsonObject scoreResultToJson(const ScoreResult& result)
{
    QJsonArray sections;
    for (const auto& section : result.sections)
        sections << QJsonObject { { QStringLiteral("title"), section.title },
                                  { QStringLiteral("score"), percent(section.score) },
                                  { QStringLiteral("raw_score"), percent(section.rawScore) },
                                  { QStringLiteral("earned"), section.earned },
                                  { QStringLiteral("possible"), section.possible } };
    return QJsonObject { { QStringLiteral("score"), percent(result.score) },
                         { QStringLiteral("raw_score"), percent(result.rawScore) },
                         { QStringLiteral("critical_failed"), result.criticalFailed },
                         { QStringLiteral("failed_items"), QJsonArray::fromStringList(result.failedItems) },
                         { QStringLiteral("sections"), sections } };
}

} // namespace qadesk
