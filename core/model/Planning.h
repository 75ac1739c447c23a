#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace qadesk {

// A stored rule for drawing a period's evaluation sample; its JSON parameters are owned by the sampling code.
struct SamplingPlan {
    qint64 id = 0;
    QString name;
    QDate periodStart;
    QDate periodEnd; // inclusive
    QString ruleJson;
    quint64 seed = 0;
    QDateTime createdAt;
    QString createdBy;
    int rowVersion = 1; // the stored row's version when read; a save based on an older one is refused
    bool operator==(const SamplingPlan&) const = default;
};

struct Assignment {
    qint64 id = 0;
    qint64 planId = 0; // 0: assigned by hand
    qint64 contactId = 0;
    qint64 evaluatorId = 0; // a User
    QDate due;
    qint64 evaluationId = 0; // set once an evaluation is started from it
    bool operator==(const Assignment&) const = default;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor; // user login
    QString entity; // "evaluation", "dispute", ...
    qint64 entityId = 0;
    QString action; // "create", "update", "submit", ...
    QString before; // JSON, empty for creation
    QString after; // JSON
    bool operator==(const AuditEntry&) const = default;
};

} // namespace qadesk
