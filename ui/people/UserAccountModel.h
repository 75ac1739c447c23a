#pragma once

#include "model/Organization.h"
#include "people/UserAccounts.h"

#include <QAbstractTableModel>
#include <QHash>

namespace qadesk {

// The people of a workspace as a table, one user a row, for the People page. Teams and agents are shown by name;
// SortRole gives each column a value that sorts as it reads.
class UserAccountModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LoginColumn, NameColumn, RoleColumn, TeamsColumn, AgentColumn, ActiveColumn, ColumnCount };
    enum Role {
        UserIdRole = Qt::UserRole, // qint64, every column
        ActiveRole, // bool, every column
        SortRole,
    };

    explicit UserAccountModel(QObject* parent = nullptr);

    // Replaces the rows; `teams` and `agents` name the ids the accounts refer to (unknown ids show as "#id").
    void setAccounts(QList<UserAccount> accounts, const QList<Team>& teams, const QList<Agent>& agents);
    const UserAccount& account(const QModelIndex& index) const; // index of this model, valid
    QModelIndex indexOf(qint64 userId) const; // first column; invalid when the user is not listed
    // After a language change: the role names and headers are translated again.
    void retranslate();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString agentText(const UserAccount& account) const;

    QList<UserAccount> m_accounts;
    QStringList m_teamsTexts; // the names of each account's teams, by row
    QHash<qint64, Agent> m_agents;
};

} // namespace qadesk
