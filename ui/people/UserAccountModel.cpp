#include "UserAccountModel.h"

#include "PeopleText.h"

#include <QCollator>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace qadesk {

UserAccountModel::UserAccountModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UserAccountModel::setAccounts(QList<UserAccount> accounts, const QList<Team>& teams, const QList<Agent>& agents)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    QHash<qint64, QString> teamNames;
    for (const Team& team : teams)
        teamNames.insert(team.id, team.name);
    // Named once here, not in data(): a view asks for every cell several times, and a collator is slow to make.
    const QCollator collator;
    m_teamsTexts.clear();
    m_teamsTexts.reserve(m_accounts.size());
    for (const UserAccount& account : std::as_const(m_accounts)) {
        QStringList names;
        for (const qint64 team : account.teamIds)
            names << teamNames.value(team, QStringLiteral("#%1").arg(team));
        std::sort(names.begin(), names.end(), collator);
        m_teamsTexts << names.join(QStringLiteral(", "));
    }
    m_agents.clear();
    for (const Agent& agent : agents)
        m_agents.insert(agent.id, agent);
    endResetModel();
}

const UserAccount& UserAccountModel::account(const QModelIndex& index) const
{
    Q_ASSERT(index.isValid() && index.model() == this);
    return m_accounts.at(index.row());
}

QModelIndex UserAccountModel::indexOf(qint64 userId) const
{
    for (int row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts.at(row).user.id == userId)
            return index(row, LoginColumn);
    }
    return {};
}

void UserAccountModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_accounts.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
}

int UserAccountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int UserAccountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserAccountModel::agentText(const UserAccount& account) const
{
    if (account.user.agentId == 0)
        return {};
    const auto agent = m_agents.constFind(account.user.agentId);
    return agent == m_agents.cend() ? QStringLiteral("#%1").arg(account.user.agentId) : PeopleText::agentName(*agent);
}

QVariant UserAccountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount& account = m_accounts.at(index.row());
    const User& user = account.user;
    switch (role) {
    case UserIdRole:
        return user.id;
    case ActiveRole:
        return user.active;
    case Qt::ForegroundRole:
        // Deactivated people stay listed (history keeps their names) but read as not current.
        return user.active ? QVariant() : QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LoginColumn:
        return user.login;
    case NameColumn:
        return user.displayName;
    case RoleColumn:
        // Sorting by role orders by power (administrators first), as the role chooser lists them.
        return role == SortRole ? QVariant(PeopleText::roles().indexOf(user.role))
                                : QVariant(PeopleText::roleName(user.role));
    case TeamsColumn:
        return m_teamsTexts.at(index.row());
    case AgentColumn:
        return agentText(account);
    case ActiveColumn:
        if (role == SortRole)
            return user.active;
        return user.active ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

QVariant UserAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Display name");
    case RoleColumn:
        return tr("Role");
    case TeamsColumn:
        return tr("Teams led");
    case AgentColumn:
        return tr("Linked agent");
    case ActiveColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace qadesk
