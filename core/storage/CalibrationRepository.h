#pragma once

#include <QCoreApplication>

#include "Database.h"
#include "model/Coaching.h"

#include <QList>

#include <optional>

namespace qadesk {

// Calibration sessions: several evaluators score one contact blind; results are revealed once all have submitted.
class CalibrationRepository final {
    Q_DECLARE_TR_FUNCTIONS(qadesk::CalibrationRepository)

public:
    explicit CalibrationRepository(const Database& database);

    qint64 add(const CalibrationSession& session, const QString& actor) const;
    std::optional<CalibrationSession> find(qint64 id) const;
    QList<CalibrationSession> all() const; // newest first
    // Marks the session revealed when every participant has a submitted calibration evaluation; returns whether it is.
    bool revealIfComplete(qint64 id, const QString& actor) const;

private:
    const Database& m_db;
};

} // namespace qadesk
