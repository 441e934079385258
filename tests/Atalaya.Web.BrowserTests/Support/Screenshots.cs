namespace Atalaya.Web.BrowserTests.Support;

/// <summary>Screenshots are test artifacts: .artifacts/screenshots at the repository root, else next to the tests.</summary>
public static class Screenshots
{
    public static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Atalaya.slnx")))
        {
            directory = directory.Parent;
        }

        var folder = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, ".artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
