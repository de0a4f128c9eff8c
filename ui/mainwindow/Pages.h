#pragma once

#include "model/EntityKind.h"

#include <QList>
#include <QString>

class QWidget;

namespace kith::ui {

class ListSection;
class Session;

// One entry of the main window's sidebar: a page, and the lists on it by record kind
// (the Organizations & Memberships page holds two).
struct Page
{
    QString title;
    QString icon; // resource path of its sidebar icon
    QWidget *widget = nullptr;
    QList<ListSection *> sections;
};

// Builds the sidebar's pages, in order, for a session.
QList<Page> createPages(Session &session, QWidget *parent);

} // namespace kith::ui
