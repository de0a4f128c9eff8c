#include "MembershipStore.h"
