#pragma once

#include "model/EntityKind.h"
#include "model/EnumTraits.h"

#include <QComboBox>
#include <QWidget>

#include <optional>

class QCheckBox;
class QHBoxLayout;

namespace kith::ui {

class Session;

// The filters above a list. Each starts at "everything" (its first entry, or unchecked);
// the bar tells whether any is set, sets them all back, and says when one changes, so that
// a section only says which filters it has and what they mean.
class FilterBar final : public QWidget
{
    Q_OBJECT

public:
    // `prefix` names the widgets ("events" → "eventsStatusFilter").
    explicit FilterBar(const QString &prefix, QWidget *parent = nullptr);

    // A choice of `any` ("Any status") and then one entry per value of E, by its label.
    template <typename E>
    QComboBox *addEnumChoice(const QString &what, const QString &accessibleName, const QString &any)
    {
        QComboBox *box = addChoice(what, accessibleName);
        box->addItem(any);
        for (E value : enumValues<E>())
            box->addItem(enumLabel(value), enumKey(value));
        return box;
    }
    // The value chosen in a box made by addEnumChoice; empty for "any".
    template <typename E>
    static std::optional<E> chosen(const QComboBox *box)
    {
        const QString key = box->currentData().toString();
        return key.isEmpty() ? std::nullopt : enumFromKey<E>(key);
    }
    // An empty box named "<prefix><what>Filter" for the section to fill; its first entry
    // means "everything".
    QComboBox *addChoice(const QString &what, const QString &accessibleName);
    QCheckBox *addCheck(const QString &what, const QString &text);
    // "Any tag" and the tags in use, kept current as tags and records of `kind` change.
    QComboBox *addTagChoice(Session &session, EntityKind kind);
    // The tag chosen in the box made by addTagChoice; empty for "any".
    QString chosenTag() const;

    bool isActive() const;
    void clear(); // back to everything, without a changed() for each

Q_SIGNALS:
    void changed();

private:
    void reloadTags(Session &session);

    QString m_prefix;
    QHBoxLayout *m_layout;
    QList<QComboBox *> m_choices;
    QList<QCheckBox *> m_checks;
    QComboBox *m_tags = nullptr;
};

} // namespace kith::ui
