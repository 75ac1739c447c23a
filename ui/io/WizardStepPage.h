#pragma once

#include <QWizardPage>

namespace qadesk {

// A wizard page whose Next/Finish waits for work started on it (a check, an import) to finish.
class WizardStepPage final : public QWizardPage {
    Q_OBJECT

public:
    explicit WizardStepPage(QWidget* parent = nullptr)
        : QWizardPage(parent)
    {
    }

    bool isComplete() const override { return m_done; }
    void setDone(bool done)
    {
        m_done = done;
        emit completeChanged();
    }

private:
    bool m_done = false;
};

} // namespace qadesk
