#pragma once

#include "stats/Trend.h"
#include "storage/Database.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace qadesk {

// Whose history: one agent, one team, or the whole centre (both ids 0).
struct ScoreScope {
    qint64 agentId = 0;
    qint64 teamId = 0;
};

// How often an item passed in one period: failed answers count against it, N/A ones not at all.
struct ItemPeriodRate {
    QString itemKey;
    QString question; // as worded in the newest version scored
    QDate periodStart;
    int applicable = 0;
    int passed = 0;
    double rate() const { return applicable > 0 ? double(passed) / applicable : 0.0; }
};

// Contact metrics of a scope's contacts in a date range (DESIGN.md: CSAT = % of 4–5, NPS = % 9–10 − % 0–6).
struct ContactKpis {
    int contacts = 0;
    std::optional<double> averageHandleSeconds;
    std::optional<double> firstContactResolution; // 0..1 of contacts with the flag set
    std::optional<double> csat; // 0..1
    std::optional<double> nps; // −100..100
    int csatResponses = 0;
    int npsResponses = 0;
};

// The evaluation history trends are drawn from: the latest revision of each submitted evaluation (drafts,
// superseded originals and calibration scorings left out), dated by submission in local time, scores 0..100.
// All functions throw StorageError.
class ScoreHistory final {
public:
    static QList<ScoredPoint> scores(const Database& database, const ScoreScope& scope, const QDate& from, const QDate& to);
    static QList<ItemPeriodRate> itemRates(const Database& database, const ScoreScope& scope, const QDate& from,
                                           const QDate& to, TrendPeriod period);
    static ContactKpis kpis(const Database& database, const ScoreScope& scope, const QDate& from, const QDate& to);
    static TrendAnalysis analyse(const Database& database, const ScoreScope& scope, const QDate& from, const QDate& to,
                                 TrendPeriod period);
};

} // namespace qadesk
