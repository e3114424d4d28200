import VanBanCommands

#if canImport(Glibc)
import Glibc
#endif

exit(VanBanCommand.runMain())
