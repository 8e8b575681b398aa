~s(x) ~s(y)
