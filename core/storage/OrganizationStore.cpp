#include "OrganizationStore.h"
