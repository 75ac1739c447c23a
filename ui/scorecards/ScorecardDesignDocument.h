#pragma once

#include "model/Scorecard.h"

#include <QObject>
#include <functional>

class QUndoStack;

namespace qadesk {

// The scorecard version being designed and the undo stack of its edits, apart from any view of it (as Tiled's
// MapDocument). Every change goes through an edit command: undo and redo restore the form exactly, and the views
// rebuild from contentChanged(). Only a draft's content changes; a published version is frozen.
class ScorecardDesignDocument final : public QObject {
    Q_OBJECT

public:
    explicit ScorecardDesignDocument(QObject* parent = nullptr);

    const ScorecardVersion& version() const { return m_version; }
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isEditable() const; // a stored draft

    // Starts editing `version` (as stored): nothing to undo. contentChanged() is not emitted; the caller shows it.
    void load(const ScorecardVersion& version);
    // The stored draft is now at `rowVersion` (after this desktop saved it); the undo stack stays.
    void markSaved(int rowVersion) { m_version.rowVersion = rowVersion; }

    // One undoable step: `change` edits a copy of the form; nothing is recorded when the form stays the same or is not
    // editable. Consecutive edits with the same mergeId (≥ 0) merge into one step, as typing a word is one.
    bool edit(const QString& text, const std::function<void(ScorecardVersion&)>& change, int mergeId = -1);

    // The structure edits of the designer, each one undoable step. Positions are clamped to the form.
    void addSection(int position, const QString& title);
    void addItem(int section, int position, const QString& question); // a yes / no item of 5 points, a unique key
    void duplicateSection(int section, const QString& titleSuffix); // inserted after it, item keys made unique
    void duplicateItem(int section, int item);
    void removeSection(int section);
    void removeItem(int section, int item);
    void moveItem(int fromSection, int fromItem, int toSection, int toItem);
    void setSections(const QList<ScorecardSection>& sections, const QString& text); // a reorder by drag and drop

signals:
    void contentChanged(); // an edit, undo or redo changed version().sections

private:
    class SnapshotCommand;
    void setContent(const ScorecardVersion& content);

    ScorecardVersion m_version;
    QUndoStack* m_undoStack = nullptr;
};

} // namespace qadesk
