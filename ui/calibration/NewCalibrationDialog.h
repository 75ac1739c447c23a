#pragma once

#include "people/Actor.h"

#include <QDialog>
#include <memory>

namespace Ui {
class NewCalibrationDialog;
}

namespace qadesk {

class Database;

// Sets up a calibration session: a contact, the scorecard version, the participants (people who may evaluate), an
// optional reference among them and the meeting by which they score. OK creates it through CalibrationService and
// closes; a refusal stays on the dialog with core's reason.
class NewCalibrationDialog final : public QDialog
{
    Q_OBJECT

public:
    NewCalibrationDialog(const Database& database, const Actor& actor, QWidget* parent = nullptr);
    ~NewCalibrationDialog() override;

    qint64 sessionId() const { return m_sessionId; } // once accepted
    void accept() override;

private:
    void fill();
    const std::unique_ptr<Ui::NewCalibrationDialog> m_ui;
    const Database& m_database;
    const Actor m_actor;
    qint64 m_sessionId = 0;
};

} // namespace qadesk
