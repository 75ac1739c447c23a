#include "CalibrationReveal.h"

#include "stats/Agreement.h"

#include <algorithm>
#include <cmath>

namespace qadesk {
namespace {

// A choice as a nominal code for the agreement statistics: the option's index, −1 for N/A.
std::optional<double> code(const RevealChoice& choice)
{
    if (choice.na)
        return -1.0;
    return choice.option ? std::optional<double>(*choice.option) : std::nullopt;
}

QList<std::optional<double>> codes(const RevealItem& item)
{
    QList<std::optional<double>> row;
    for (const auto& choice : item.choices)
        row << code(choice);
    return row;
}

} // namespace

CalibrationReveal CalibrationReveal::compute(const CalibrationSession& session, const ScorecardVersion& version,
                                             const QList<Evaluation>& scorings, const QHash<qint64, QString>& names,
                                             const QList<CalibrationItem>& conclusions)
{
    CalibrationReveal reveal;
    reveal.session = session;
    reveal.version = version;
    QHash<qint64, const Evaluation*> submitted;
    for (const auto& scoring : scorings) {
        if (scoring.submittedAt.isValid())
            submitted.insert(scoring.evaluatorId, &scoring);
    }
    QList<qint64> order = session.evaluatorIds;
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        // The reference first, then by name: the column to compare with stands beside the items.
        if ((a == session.referenceUserId) != (b == session.referenceUserId))
            return a == session.referenceUserId;
        return names.value(a) < names.value(b);
    });
    QList<double> totals;
    for (const qint64 user : order) {
        RevealParticipant participant;
        participant.userId = user;
        participant.name = names.value(user);
        participant.reference = user == session.referenceUserId;
        if (const Evaluation* scoring = submitted.value(user)) {
            participant.evaluationId = scoring->id;
            participant.total = scoring->score;
            if (scoring->score)
                totals << *scoring->score;
        }
        reveal.participants << participant;
    }
    if (!totals.isEmpty()) {
        const auto [low, high] = std::minmax_element(totals.cbegin(), totals.cend());
        reveal.range = *high - *low;
        double sum = 0;
        for (const double total : totals)
            sum += total;
        reveal.mean = sum / totals.size();
        if (totals.size() >= 2) {
            double squares = 0;
            for (const double total : totals)
                squares += (total - *reveal.mean) * (total - *reveal.mean);
            reveal.standardDeviation = std::sqrt(squares / (totals.size() - 1));
        }
    }
    for (const auto& participant : std::as_const(reveal.participants)) {
        if (participant.reference && participant.total) {
            reveal.baseline = participant.total;
            reveal.referenceBaseline = true;
        }
    }
    if (!reveal.referenceBaseline)
        reveal.baseline = reveal.mean;
    for (auto& participant : reveal.participants) {
        if (participant.total && reveal.baseline)
            participant.deviation = *participant.total - *reveal.baseline;
    }

    QHash<QString, CalibrationItem> concluded;
    for (const auto& conclusion : conclusions)
        concluded.insert(conclusion.itemKey, conclusion);
    for (const auto& section : version.sections) {
        for (const auto& item : section.items) {
            RevealItem row;
            row.itemKey = item.key;
            row.section = section.title;
            row.question = item.question;
            // Yes/no items store "yes" and "no" as their labels; the screen says them in the user's language.
            for (int o = 0; o < item.options.size(); ++o)
                row.optionLabels << (item.kind == ItemKind::YesNo ? (o == 0 ? tr("Yes") : tr("No"))
                                                                   : item.options.at(o).label);
            QList<RevealChoice> answered;
            for (const auto& participant : std::as_const(reveal.participants)) {
                RevealChoice choice;
                if (const Evaluation* scoring = submitted.value(participant.userId)) {
                    if (const Answer* answer = scoring->answerFor(item.key)) {
                        choice.option = answer->optionIndex;
                        choice.na = answer->na;
                    }
                }
                row.choices << choice;
                if (choice.answered())
                    answered << choice;
            }
            row.disagreement = std::any_of(answered.cbegin(), answered.cend(),
                                           [&](const RevealChoice& c) { return !(c == answered.first()); });
            row.agreement = Agreement::percentAgreement({ codes(row) });
            row.conclusion = concluded.value(item.key, CalibrationItem { item.key, {}, std::nullopt, false, {}, {} });
            reveal.items << row;
        }
    }
    const Ratings table = reveal.ratings();
    reveal.kappa = Agreement::fleissKappa(table);
    reveal.alpha = Agreement::krippendorffAlpha(table, MeasurementLevel::Nominal);
    return reveal;
}

Ratings CalibrationReveal::ratings() const
{
    Ratings table;
    for (const auto& item : items)
        table << codes(item);
    return table;
}

QString CalibrationReveal::choiceText(const RevealItem& item, const RevealChoice& choice)
{
    if (choice.na)
        return tr("N/A");
    if (choice.option && *choice.option >= 0 && *choice.option < item.optionLabels.size())
        return item.optionLabels.at(*choice.option);
    return QStringLiteral("—");
}

int CalibrationReveal::disagreements() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const RevealItem& item) { return item.disagreement; }));
}

} // namespace qadesk
