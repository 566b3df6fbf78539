package sandbox

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// Landlock is applied with raw system calls rather than go-landlock: the
// library enforces on all threads through libpsx (which, in cgo builds,
// wraps pthread_create for the whole binary), while the init needs exactly
// the opposite — a domain on the one locked thread that forks the command.

// landlockRulesetAttr is the ABI v1–v6 layout; the kernel accepts it from
// any newer kernel too (the struct only grows).
type landlockRulesetAttr struct {
	handledAccessFS  uint64
	handledAccessNet uint64
	scoped           uint64
}

type landlockPathBeneathAttr struct {
	allowedAccess uint64
	parentFD      int32
}

// landlockABI reports the kernel's Landlock ABI version, 0 when absent.
func landlockABI() int {
	v, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, 0, 0, unix.LANDLOCK_CREATE_RULESET_VERSION)
	if e != 0 {
		return 0
	}
	return int(v)
}

const (
	llRead = unix.LANDLOCK_ACCESS_FS_EXECUTE | unix.LANDLOCK_ACCESS_FS_READ_FILE | unix.LANDLOCK_ACCESS_FS_READ_DIR
	// llFileRights are the rights meaningful on a non-directory.
	llFileRights = unix.LANDLOCK_ACCESS_FS_EXECUTE | unix.LANDLOCK_ACCESS_FS_WRITE_FILE |
		unix.LANDLOCK_ACCESS_FS_READ_FILE | unix.LANDLOCK_ACCESS_FS_TRUNCATE | unix.LANDLOCK_ACCESS_FS_IOCTL_DEV
)

// landlockHandledFS returns the file-system rights ABI abi can restrict.
func landlockHandledFS(abi int) uint64 {
	var m uint64 = 1<<13 - 1 // v1: EXECUTE … MAKE_SYM
	if abi >= 2 {
		m |= unix.LANDLOCK_ACCESS_FS_REFER
	}
	if abi >= 3 {
		m |= unix.LANDLOCK_ACCESS_FS_TRUNCATE
	}
	if abi >= 5 {
		m |= unix.LANDLOCK_ACCESS_FS_IOCTL_DEV
	}
	return m
}

// applyLandlock confines the calling thread (and so the command forked from
// it) to: read and execute in the system directories, /etc, /proc and the
// read-only paths; read and write on the harmless devices; everything in
// /tmp and /workspace. From ABI 6 on it also scopes abstract unix sockets
// and signals to the sandbox.
func applyLandlock(cfg *initConfig, run *runConfig) error {
	abi := cfg.LandlockABI
	handled := landlockHandledFS(abi)
	attr := landlockRulesetAttr{handledAccessFS: handled}
	if abi >= 6 {
		attr.scoped = unix.LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET | unix.LANDLOCK_SCOPE_SIGNAL
	}
	size := unsafe.Sizeof(attr)
	if abi < 6 {
		size = 16 // handled_access_net appeared in ABI 4, scoped in ABI 6
		if abi < 4 {
			size = 8
		}
	}
	fd, _, e := unix.Syscall(unix.SYS_LANDLOCK_CREATE_RULESET, uintptr(unsafe.Pointer(&attr)), size, 0)
	if e != 0 {
		return e
	}
	rs := int(fd)
	defer unix.Close(rs)

	add := func(path string, access uint64) error {
		pfd, err := unix.Open(path, unix.O_PATH|unix.O_CLOEXEC, 0)
		if err != nil {
			if err == unix.ENOENT {
				return nil
			}
			return err
		}
		defer unix.Close(pfd)
		var st unix.Stat_t
		if err := unix.Fstat(pfd, &st); err != nil {
			return err
		}
		if st.Mode&unix.S_IFMT != unix.S_IFDIR {
			access &= llFileRights
		}
		rule := landlockPathBeneathAttr{allowedAccess: access & handled, parentFD: int32(pfd)}
		_, _, e := unix.Syscall6(unix.SYS_LANDLOCK_ADD_RULE, uintptr(rs), unix.LANDLOCK_RULE_PATH_BENEATH,
			uintptr(unsafe.Pointer(&rule)), 0, 0, 0)
		if e != 0 {
			return e
		}
		return nil
	}
	// Listing the root itself is harmless (everything mounted is meant to
	// be seen) and many programs walk up to it.
	if err := add("/", unix.LANDLOCK_ACCESS_FS_READ_DIR); err != nil {
		return err
	}
	read := []string{"/etc", "/proc", "/dev"}
	for _, e := range cfg.System {
		if e.Kind == kindDir {
			read = append(read, e.Path)
		}
	}
	for _, e := range run.ReadOnly {
		read = append(read, e.Path)
	}
	for _, p := range read {
		if err := add(p, llRead); err != nil {
			return err
		}
	}
	devRW := llRead | unix.LANDLOCK_ACCESS_FS_WRITE_FILE | unix.LANDLOCK_ACCESS_FS_TRUNCATE | unix.LANDLOCK_ACCESS_FS_IOCTL_DEV
	for _, n := range []string{"null", "zero", "full", "random", "urandom"} {
		if err := add("/dev/"+n, uint64(devRW)); err != nil {
			return err
		}
	}
	for _, p := range []string{"/tmp", "/workspace"} {
		if err := add(p, handled); err != nil {
			return err
		}
	}
	_, _, e = unix.Syscall(unix.SYS_LANDLOCK_RESTRICT_SELF, uintptr(rs), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}
