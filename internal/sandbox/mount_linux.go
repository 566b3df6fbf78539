package sandbox

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"

	"golang.org/x/sys/unix"
)

// buildSkeleton assembles the part of the sandbox's file system every run
// shares, on a fresh tmpfs at cfg.Root. Everything from the host is a
// read-only, nosuid, nodev bind; the only writable places are the private
// tmpfs /tmp and /workspace. finishRoot completes it for one run.
//
// Where the kernel can clone a detached copy of the host's mount tree
// (open_tree, 5.2+), the skeleton also pivots into the new root right away
// and keeps that copy to bind the run's read-only paths from; the costly
// detach of the old root then happens before the command is known.
func buildSkeleton(cfg *initConfig) (*rootState, error) {
	st := &rootState{tree: -1}
	if err := buildTree(cfg); err != nil {
		return nil, err
	}
	tree, err := unix.OpenTree(unix.AT_FDCWD, "/", unix.OPEN_TREE_CLONE|unix.OPEN_TREE_CLOEXEC|unix.AT_RECURSIVE)
	if err != nil {
		return st, nil // pivot later, binding from the live tree
	}
	if err := pivotInto(cfg.Root); err != nil {
		_ = unix.Close(tree)
		return nil, err
	}
	st.tree, st.pivoted = tree, true
	return st, nil
}

// rootState tracks how far the root is built.
type rootState struct {
	pivoted bool
	tree    int // detached clone of the host tree, or -1
}

func buildTree(cfg *initConfig) error {
	// Our mount namespace is a copy of the host's; make sure nothing we do
	// propagates back.
	if err := unix.Mount("", "/", "", unix.MS_REC|unix.MS_PRIVATE, ""); err != nil {
		return stage("make mounts private", err)
	}
	root := cfg.Root
	if err := unix.Mount("tmpfs", root, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "size=4m,nr_inodes=8192,mode=0755"); err != nil {
		return stage("mount root tmpfs", err)
	}
	for _, e := range cfg.System {
		if err := placeEntry(root, e, bindAttrs); err != nil {
			return err
		}
	}
	if err := os.Mkdir(root+"/etc", 0o755); err != nil {
		return stage("mkdir /etc", err)
	}
	for _, f := range cfg.EtcSynth {
		if err := os.WriteFile(filepath.Join(root, "etc", f.Path), f.Data, os.FileMode(f.Mode)); err != nil {
			return stage("write /etc/"+f.Path, err)
		}
	}
	for _, e := range cfg.Etc {
		if err := placeEntry(root, e, bindAttrs); err != nil {
			return err
		}
	}
	for _, d := range []string{"tmp", "workspace", "dev", "proc"} {
		if err := os.Mkdir(root+"/"+d, 0o755); err != nil {
			return stage("mkdir /"+d, err)
		}
	}
	if err := unix.Mount("tmpfs", root+"/tmp", "tmpfs", unix.MS_NOSUID|unix.MS_NODEV,
		"mode=1777,size="+strconv.FormatInt(cfg.TmpBytes, 10)); err != nil {
		return stage("mount /tmp", err)
	}
	if err := unix.Mount("tmpfs", root+"/workspace", "tmpfs", unix.MS_NOSUID|unix.MS_NODEV,
		"mode=0755,size="+strconv.FormatInt(cfg.WorkspaceBytes, 10)); err != nil {
		return stage("mount /workspace", err)
	}
	if err := buildDev(root + "/dev"); err != nil {
		return err
	}
	if err := unix.Mount("proc", root+"/proc", "proc", unix.MS_NOSUID|unix.MS_NODEV|unix.MS_NOEXEC, ""); err != nil {
		return stage("mount /proc", err)
	}
	return nil
}

// finishRoot adds the run's read-only paths and files, pivots into the new
// root if the skeleton did not, and makes the skeleton read-only. The old
// root is detached, so nothing else of the host is reachable, not even by
// path tricks.
func finishRoot(cfg *initConfig, rc *runConfig, st *rootState) error {
	root := cfg.Root
	if st.pivoted {
		root = ""
	}
	// Read-only host paths, parents first so nested ones land on top.
	ro := append([]hostEntry(nil), rc.ReadOnly...)
	sort.Slice(ro, func(i, j int) bool { return len(ro[i].Path) < len(ro[j].Path) })
	for _, e := range ro {
		var err error
		if st.pivoted {
			err = bindFromTree(st.tree, e)
		} else {
			err = placeEntry(root, e, bindAttrs)
		}
		if err != nil {
			return err
		}
	}
	if st.tree >= 0 {
		_ = unix.Close(st.tree)
		st.tree = -1
	}
	for _, f := range rc.Files {
		p := filepath.Join(root, "workspace", f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return stage("write /workspace/"+f.Path, err)
		}
		if err := os.WriteFile(p, f.Data, os.FileMode(f.Mode)); err != nil {
			return stage("write /workspace/"+f.Path, err)
		}
	}
	if !st.pivoted {
		if err := pivotInto(root); err != nil {
			return err
		}
		st.pivoted = true
	}
	// Freeze the skeleton: no new files in /, /etc or /dev.
	for _, p := range []string{"/", "/dev"} {
		if err := setAttr(p, unix.MOUNT_ATTR_RDONLY|unix.MOUNT_ATTR_NOSUID, false); err != nil {
			return stage("read-only "+p, err)
		}
	}
	return nil
}

// pivotInto makes root the root of the mount namespace and detaches the
// old one.
func pivotInto(root string) error {
	if err := os.Mkdir(root+"/.oldroot", 0o700); err != nil {
		return stage("mkdir oldroot", err)
	}
	if err := unix.PivotRoot(root, root+"/.oldroot"); err != nil {
		return stage("pivot_root", err)
	}
	if err := unix.Chdir("/"); err != nil {
		return stage("chdir /", err)
	}
	if err := unix.Unmount("/.oldroot", unix.MNT_DETACH); err != nil {
		return stage("detach old root", err)
	}
	if err := os.Remove("/.oldroot"); err != nil {
		return stage("remove oldroot", err)
	}
	return nil
}

// bindFromTree mounts host entry e, taken from the detached host tree,
// read-only at the same path in the (already pivoted) root.
func bindFromTree(tree int, e hostEntry) error {
	if err := ensureParent("", e.Path); err != nil {
		return stage("mount point "+e.Path, err)
	}
	switch e.Kind {
	case kindDir:
		if err := os.Mkdir(e.Path, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			return stage("mount point "+e.Path, err)
		}
	case kindFile:
		if err := touch(e.Path); err != nil {
			return stage("mount point "+e.Path, err)
		}
	default:
		return stage("entry "+e.Path, fmt.Errorf("kind %d cannot be bound", e.Kind))
	}
	src, err := unix.OpenTree(tree, e.Path[1:], unix.OPEN_TREE_CLONE|unix.OPEN_TREE_CLOEXEC|unix.AT_RECURSIVE|unix.AT_SYMLINK_NOFOLLOW)
	if err != nil {
		return stage("bind "+e.Path, err)
	}
	defer unix.Close(src)
	if err := unix.MoveMount(src, "", unix.AT_FDCWD, e.Path, unix.MOVE_MOUNT_F_EMPTY_PATH); err != nil {
		return stage("bind "+e.Path, err)
	}
	if err := setAttr(e.Path, bindAttrs, true); err != nil {
		return stage("read-only "+e.Path, err)
	}
	return nil
}

// bindAttrs are the attributes of every bind from the host.
const bindAttrs = unix.MOUNT_ATTR_RDONLY | unix.MOUNT_ATTR_NOSUID | unix.MOUNT_ATTR_NODEV

// placeEntry recreates host entry e at the same path under root.
func placeEntry(root string, e hostEntry, attrs uint64) error {
	dst := root + e.Path
	if err := ensureParent(root, dst); err != nil {
		return stage("mount point "+e.Path, err)
	}
	switch e.Kind {
	case kindSymlink:
		if err := os.Symlink(e.Link, dst); err != nil && !errors.Is(err, os.ErrExist) {
			return stage("symlink "+e.Path, err)
		}
		return nil
	case kindDir:
		if err := os.Mkdir(dst, 0o755); err != nil && !errors.Is(err, os.ErrExist) {
			return stage("mount point "+e.Path, err)
		}
	case kindFile:
		if err := touch(dst); err != nil {
			return stage("mount point "+e.Path, err)
		}
	default:
		return stage("entry "+e.Path, fmt.Errorf("unknown kind %d", e.Kind))
	}
	if err := unix.Mount(e.Path, dst, "", unix.MS_BIND|unix.MS_REC, ""); err != nil {
		return stage("bind "+e.Path, err)
	}
	if err := setAttr(dst, attrs, true); err != nil {
		return stage("read-only "+e.Path, err)
	}
	return nil
}

// ensureParent creates the directories leading to dst (inside root).
func ensureParent(root, dst string) error {
	parent := filepath.Dir(dst)
	if parent == root {
		return nil
	}
	return os.MkdirAll(parent, 0o755)
}

func touch(p string) error {
	f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		if errors.Is(err, os.ErrExist) {
			return nil
		}
		return err
	}
	return f.Close()
}

// setAttr sets mount attributes with mount_setattr(2), falling back to a
// bind remount on kernels older than 5.12.
func setAttr(path string, attrs uint64, recursive bool) error {
	var flags uint
	if recursive {
		flags = unix.AT_RECURSIVE
	}
	err := unix.MountSetattr(unix.AT_FDCWD, path, flags, &unix.MountAttr{Attr_set: attrs})
	if err != unix.ENOSYS {
		return err
	}
	var ms uintptr = unix.MS_REMOUNT | unix.MS_BIND
	if attrs&unix.MOUNT_ATTR_RDONLY != 0 {
		ms |= unix.MS_RDONLY
	}
	if attrs&unix.MOUNT_ATTR_NOSUID != 0 {
		ms |= unix.MS_NOSUID
	}
	if attrs&unix.MOUNT_ATTR_NODEV != 0 {
		ms |= unix.MS_NODEV
	}
	if attrs&unix.MOUNT_ATTR_NOEXEC != 0 {
		ms |= unix.MS_NOEXEC
	}
	// Flags locked by the user namespace (nodev, noexec… of the source)
	// must be repeated on remount or it fails with EPERM.
	var st unix.Statfs_t
	if err := unix.Statfs(path, &st); err == nil {
		ms |= uintptr(st.Flags) & (unix.MS_NOSUID | unix.MS_NODEV | unix.MS_NOEXEC | unix.MS_RDONLY |
			unix.MS_NOATIME | unix.MS_NODIRATIME | unix.MS_RELATIME)
	}
	return unix.Mount("", path, "", ms, "")
}

// buildDev makes a minimal /dev: the harmless character devices bound from
// the host, the usual /proc/self/fd links, and /dev/shm pointing at /tmp.
func buildDev(dev string) error {
	if err := unix.Mount("tmpfs", dev, "tmpfs", unix.MS_NOSUID|unix.MS_NOEXEC, "mode=0755,size=64k,nr_inodes=64"); err != nil {
		return stage("mount /dev", err)
	}
	for _, n := range []string{"null", "zero", "full", "random", "urandom"} {
		p := dev + "/" + n
		if err := touch(p); err != nil {
			return stage("/dev/"+n, err)
		}
		if err := unix.Mount("/dev/"+n, p, "", unix.MS_BIND, ""); err != nil {
			return stage("bind /dev/"+n, err)
		}
		// Read-only mounts still allow writing to a device node; they only
		// stop changes to the node itself.
		if err := setAttr(p, unix.MOUNT_ATTR_RDONLY|unix.MOUNT_ATTR_NOSUID|unix.MOUNT_ATTR_NOEXEC, false); err != nil {
			return stage("read-only /dev/"+n, err)
		}
	}
	links := [][2]string{
		{"/proc/self/fd", "fd"}, {"/proc/self/fd/0", "stdin"},
		{"/proc/self/fd/1", "stdout"}, {"/proc/self/fd/2", "stderr"},
		{"/tmp", "shm"},
	}
	for _, l := range links {
		if err := os.Symlink(l[0], dev+"/"+l[1]); err != nil {
			return stage("/dev/"+l[1], err)
		}
	}
	return nil
}
