using QRCoder;

namespace StaticCrisis.Core.Templates.Pages;

/// <summary>
/// A QR code of an address as inline SVG: printed on the notice so a passer-by reaches the site with a phone's camera,
/// and drawn in the page itself, so the page asks for no image. One path, not a rectangle per module, keeps it small.
/// </summary>
public static class QrCode
{
    public static string Svg(Uri address, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(address.AbsoluteUri, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new System.Text.StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (!modules[y][x])
                    continue;
                var run = 1;
                while (x + run < size && modules[y][x + run])
                    run++;
                path.Append('M').Append(x).Append(' ').Append(y).Append('h').Append(run).Append("v1h-").Append(run).Append('z');
                x += run - 1;
            }
        }
        return $"<svg class=\"qr\" role=\"img\" aria-label=\"{Page.Encode(label)}\" viewBox=\"0 0 {size} {size}\" xmlns=\"http://www.w3.org/2000/svg\" shape-rendering=\"crispEdges\"><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
