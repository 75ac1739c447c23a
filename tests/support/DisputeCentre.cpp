#include "DisputeCentre.h"

namespace qadesk::test {

QDateTime at(int month, int day, int hour, int minute, int second)
{
    return centreTime(QDate(2026, month, day), QTime(hour, minute, second));
}

DisputeOctober::DisputeOctober()
{
    // Evaluator A (이수진): one evaluation in September, eight in October, a calibration that never counts.
    const qint64 e0 = evaluate(a, v1, at(9, 28));
    const qint64 e1 = evaluate(a, v1, at(10, 2));
    const qint64 e2 = evaluate(a, v1, at(10, 5));
    const qint64 e3 = evaluate(a, v2, at(10, 10));
    evaluate(a, v2, at(10, 20));
    for (int day : { 11, 12, 13, 14 })
        evaluate(a, v1, at(10, day));
    evaluate(a, v1, at(10, 15), EvaluationKind::Calibration);
    // Evaluator B (정하늘): the first and the last second of October count, November's first does not.
    const qint64 f1 = evaluate(b, v1, at(10, 1, 0, 0, 0));
    evaluate(b, v2, at(10, 31, 23, 59, 59));
    evaluate(b, v1, at(11, 1, 0, 0, 0));

    const qint64 d0 = dispute(e0, QStringLiteral("greeting"), at(9, 29)); // raised in September
    uphold(d0, at(10, 2)); // resolved in October
    const qint64 d1 = dispute(e1, QStringLiteral("greeting"), at(10, 3));
    const qint64 r1 = overturn(d1, at(10, 15));
    const qint64 d2 = dispute(e2, QString(), at(10, 6)); // the whole evaluation
    uphold(d2, at(10, 7));
    dispute(e0, QStringLiteral("accuracy"), at(10, 12)); // stays open
    const qint64 d4 = dispute(f1, QStringLiteral("identity"), at(10, 4));
    overturn(d4, at(11, 2)); // resolved after the period
    const qint64 d5 = dispute(e3, QStringLiteral("closing"), at(10, 25));
    uphold(d5, at(10, 26));
    dispute(r1, QStringLiteral("accuracy"), at(10, 20)); // on A's revision: counts against A
}

} // namespace qadesk::test
