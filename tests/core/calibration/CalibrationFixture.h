#pragma once

#include "people/Actor.h"
#include "storage/Database.h"

#include <QDate>
#include <QString>
#include <memory>

namespace qadesk::test {

// A workspace for calibration tests: the sample contact (agent A001) and the sample form published (tests/support:
// Opening = greeting and identity, yes/no 10 points each, weighted by their 20 possible points; Resolution = accuracy
// 미흡 0 / 보통 5 / 우수 10, weight 2; yes/no options: yes 0, no 1), evaluators 이수진 (eval), 이도윤 (lee) and
// 박서연 (park), and the manager 최센터장 (boss).
struct CalibrationFixture
{
    std::unique_ptr<Database> db;
    qint64 contactId = 0;
    qint64 versionId = 0;
    Actor manager;
    Actor kim;
    Actor lee;
    Actor park;

    CalibrationFixture();
    // A session of the three evaluators on the sample contact, meeting at 15:00 on `day`.
    qint64 create(qint64 referenceUserId = 0, const Actor* organiser = nullptr, const QDate& day = QDate(2026, 11, 24),
                  const QString& title = QStringLiteral("11월 캘리브레이션"));
    // Scores the session through the usual repository path, as the evaluation page does: greeting and accuracy as
    // given (option indexes), identity yes.
    qint64 score(qint64 sessionId, const Actor& who, int greeting, int accuracy, int secondsSpent = 0);
    // A submitted regular evaluation by `who` of a new call of the sample agent (greeting yes, identity yes, accuracy
    // 우수 unless given).
    qint64 regular(const Actor& who, const QString& externalId, int secondsSpent = 0, int greeting = 0,
                   int accuracy = 2);
};

} // namespace qadesk::test
