// Compiled only to build a test folder's precompiled header (see kith_test_pch()).
