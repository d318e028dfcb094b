<?xml version="1.0"?><urlset><#list published_content as c><url><loc>${c.uri}</loc></url></#list></urlset>
