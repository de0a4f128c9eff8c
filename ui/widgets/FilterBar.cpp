#include "FilterBar.h"

#include "Lookups.h"
#include "session/Session.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QSignalBlocker>

namespace kith::ui {

FilterBar::FilterBar(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_prefix(prefix)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(prefix + QStringLiteral("Filters"));
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QComboBox *FilterBar::addChoice(const QString &what, const QString &accessibleName)
{
    auto *box = new QComboBox(this);
    box->setObjectName(m_prefix + what + QStringLiteral("Filter"));
    box->setAccessibleName(accessibleName);
    m_layout->addWidget(box);
    m_choices.append(box);
    connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    return box;
}

QCheckBox *FilterBar::addCheck(const QString &what, const QString &text)
{
    auto *check = new QCheckBox(text, this);
    check->setObjectName(m_prefix + what + QStringLiteral("Filter"));
    m_layout->addWidget(check);
    m_checks.append(check);
    connect(check, &QCheckBox::toggled, this, &FilterBar::changed);
    return check;
}

QComboBox *FilterBar::addTagChoice(Session &session, EntityKind kind)
{
    m_tags = addChoice(QStringLiteral("Tag"), tr("Tag"));
    reloadTags(session);
    connect(&session, &Session::changed, this, [this, &session, kind](const Change &change) {
        if (change.kind == EntityKind::Tag || change.kind == kind)
            reloadTags(session);
    });
    return m_tags;
}

QString FilterBar::chosenTag() const
{
    return m_tags ? m_tags->currentData().toString() : QString();
}

void FilterBar::reloadTags(Session &session)
{
    const QString current = m_tags->currentData().toString();
    const QSignalBlocker blocker(m_tags);
    m_tags->clear();
    m_tags->addItem(tr("Any tag"));
    for (const QString &tag : knownTagNames(session))
        m_tags->addItem(tag, tag);
    const int index = m_tags->findData(current);
    m_tags->setCurrentIndex(index >= 0 ? index : 0);
}

bool FilterBar::isActive() const
{
    for (const QComboBox *box : m_choices) {
        if (box->currentIndex() > 0)
            return true;
    }
    for (const QCheckBox *check : m_checks) {
        if (check->isChecked())
            return true;
    }
    return false;
}

void FilterBar::clear()
{
    const QSignalBlocker blocker(this);
    for (QComboBox *box : std::as_const(m_choices))
        box->setCurrentIndex(0);
    for (QCheckBox *check : std::as_const(m_checks))
        check->setChecked(false);
}

} // namespace kith::ui
