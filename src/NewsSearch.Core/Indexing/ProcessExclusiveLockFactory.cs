using Lucene.Net.Store;
using LuceneLock = Lucene.Net.Store.Lock;

namespace NewsSearch.Core.Indexing;

/// <summary>
/// Index locks that really exclude other processes: the lock file is held open with <see cref="FileShare.None"/>
/// (an exclusive <c>flock</c> on Linux), which the operating system releases when the holder dies, so a killed
/// run never leaves a lock that blocks the next one. Lucene.Net 4.8's default (NativeFSLockFactory) let a second
/// <c>index</c> process open a writer on an index another was writing, and the two destroyed each other's files.
/// The file itself is never deleted: deleting it would let two processes lock two different files of the same name.
/// </summary>
internal sealed class ProcessExclusiveLockFactory(string folder) : LockFactory
{
    public override LuceneLock MakeLock(string lockName) => new FileLock(System.IO.Path.Combine(folder, lockName));

    public override void ClearLock(string lockName)
    {
        // Nothing to clear: a lock lives exactly as long as the file handle of the process that holds it.
    }

    private sealed class FileLock(string path) : LuceneLock
    {
        private FileStream? held;

        public override bool Obtain()
        {
            if (held is not null) return false;
            held = TryOpen();
            return held is not null;
        }

        public override bool IsLocked()
        {
            if (held is not null) return true;
            using var probe = TryOpen();
            return probe is null;
        }

        protected override void Dispose(bool disposing)
        {
            if (!disposing) return;
            held?.Dispose();
            held = null;
        }

        private FileStream? TryOpen()
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                return null;
            }
        }

        public override string ToString() => $"{path} (another process is writing this index)";
    }
}
