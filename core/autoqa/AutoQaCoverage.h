#pragma once

#include "people/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace qadesk {

class Database;

// How much of the work the rules and the people did over a period: the share of contacts the current rules have
// checked, the share people evaluated, and per item how often the evaluators' answers agreed with the rule's
// suggestion (so managers can tune the rules). Over the contacts that started in the period and that the actor may
// see.
struct AutoQaCoverage
{
    Q_DECLARE_TR_FUNCTIONS(qadesk::AutoQaCoverage)

public:
    struct ItemAgreement
    {
        QString scorecard; // the form's name
        int versionNumber = 0;
        QString itemKey;
        QString question;
        QString rule; // AutoQaRule::summary(), in the UI language
        int compared = 0; // submitted answers that had a suggestion
        int agreed = 0;
        std::optional<double> share() const; // agreed / compared, 0..1; nullopt when nothing was compared
        bool operator==(const ItemAgreement&) const = default;
    };

    QDate from; // invalid: open
    QDate to;
    int contacts = 0;
    int autoChecked = 0; // checked under the rules now in force for their channel
    int evaluated = 0; // with a submitted evaluation (calibration scorings aside)
    QList<ItemAgreement> items; // by form, version and item position

    std::optional<double> autoCheckedShare() const; // 0..1; nullopt without contacts
    std::optional<double> evaluatedShare() const;
    // "Auto-checked 100 % of 12,400 contacts; evaluated by people 3.2 %", in the UI language.
    QString headline() const;

    // {"from", "to", "contacts", "auto_checked", "auto_checked_share", "evaluated", "evaluated_share",
    //  "items": [{"scorecard", "version", "item", "question", "compared", "agreed", "agreement"}, …]}; shares 0..1
    // to four decimals, null without a base.
    QJsonObject toJson() const;

    // Throws StorageError when the workspace cannot be read.
    static AutoQaCoverage compute(const Database& database, const Actor& actor, const QDate& from, const QDate& to);
};

} // namespace qadesk
