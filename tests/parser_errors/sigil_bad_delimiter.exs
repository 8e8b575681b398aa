~s*abc*
