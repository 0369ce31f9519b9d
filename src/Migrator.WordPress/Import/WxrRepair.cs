namespace Migrator.WordPress.Import;

/// <summary>The damage a WXR file can have that <see cref="RepairingXmlTextReader"/> repairs on the fly.</summary>
internal enum WxrRepair
{
    /// <summary>An XML-illegal character (U+0000–U+001F except tab/LF/CR, U+FFFE/U+FFFF, a lone surrogate): removed.</summary>
    ControlCharacter,
    /// <summary>A character reference to an XML-illegal character (<c>&amp;#11;</c>): removed.</summary>
    IllegalCharacterReference,
    /// <summary>A raw <c>&amp;</c> that does not start an XML entity (<c>?a=1&amp;b=2</c>, <c>&amp;nbsp;</c>): escaped.</summary>
    RawAmpersand,
    /// <summary>A raw <c>&lt;</c> that cannot start markup (<c>a &lt; b</c>, or inside an attribute value): escaped.</summary>
    RawLessThan,
    /// <summary>A prefix used without a declaration (<c>atom:link</c>): declared on the element using it.</summary>
    UndeclaredPrefix,
    /// <summary>A <c>]]&gt;</c> inside CDATA written unescaped by WordPress before 3.4: split as WordPress 3.4+ does.</summary>
    CdataEndInsideCdata,
}
